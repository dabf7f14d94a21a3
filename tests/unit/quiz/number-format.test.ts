import { describe, expect, test } from "vitest";
import { formatNumber, parseFigure } from "../../../lib/quiz/number-format.ts";

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
