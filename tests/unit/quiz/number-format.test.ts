import { describe, expect, test } from "vitest";
import { formatNumber, nearbyNumbers, parseFigure } from "../../../lib/quiz/number-format.ts";

describe("nearbyNumbers", () => {
  test.each([600, 14, 16, 45, 2500, 100_000, 1.1, 8.5])("%d: close, rounded like the key, never a simple multiple", (value) => {
    const near = nearbyNumbers(value);
    expect(near.length).toBeGreaterThanOrEqual(3);
    for (const n of near) {
      const ratio = Math.max(n, value) / Math.min(n, value);
      expect(n).not.toBe(value);
      expect(ratio).toBeLessThanOrEqual(2.5);
      for (const k of [2, 3, 4, 5, 10]) expect(Math.abs(ratio - k)).toBeGreaterThan(1e-9);
    }
  });
  test("600 gives hundreds", () => expect(nearbyNumbers(600).every((n) => n % 100 === 0)).toBe(true));
  test("45 gives fives", () => expect(nearbyNumbers(45).every((n) => n % 5 === 0)).toBe(true));
  test("small counts step by one, never down to one", () => expect(nearbyNumbers(3)).toEqual([4, 2, 5, 6, 7]));
});

describe("parseFigure and formatNumber", () => {
  test.each([
    ["2,500", { value: 2500, unit: "", spelled: false, decimals: 0, grouped: true }],
    ["$2.3 billion", { value: 2.3, unit: "$… billion", spelled: false, decimals: 1, grouped: false }],
    ["two", { value: 2, unit: "", spelled: true, decimals: 0, grouped: false }],
    ["8.5", { value: 8.5, unit: "", spelled: false, decimals: 1, grouped: false }],
    ["2008", { value: 2008, unit: "", spelled: false, decimals: 0, grouped: false }],
  ])("%j", (text, figure) => expect(parseFigure(text)).toEqual(figure));
  test.each(["", "2.5.1", "about 40", "40 dollars"])("%j is no figure", (text) => expect(parseFigure(text)).toBeNull());
  test("keeps the article's decimals", () => expect(formatNumber(1, false, 1)).toBe("1.0"));
});
