import { describe, expect, it } from "vitest";
import { qrSymbol, runsPath } from "../../../lib/worksheet/qr-code.ts";

const URL_A = "http://localhost:3000/lessons/trump-putin-call-2025-03/quiz?seed=1";
const URL_B = "http://localhost:3000/lessons/trump-putin-call-2025-03/quiz?seed=2";

/** A finder pattern: a 7×7 dark ring, a light ring, a 3×3 dark core. */
function isFinder(dark: boolean[][], top: number, left: number): boolean {
  for (let r = 0; r < 7; r++) {
    for (let c = 0; c < 7; c++) {
      const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3));
      if (dark[top + r]![left + c] !== (ring !== 2)) return false;
    }
  }
  return true;
}

/**
 * The error correction level the symbol declares in its format information
 * (ISO/IEC 18004 §7.9: the 15 bits beside the top-left finder, masked with
 * 0x5412; the top two data bits are the level: M 00, L 01, H 10, Q 11).
 */
function declaredLevel(dark: boolean[][]): string {
  const size = dark.length;
  const rows = [0, 1, 2, 3, 4, 5, 7, 8, ...Array.from({ length: 7 }, (_, i) => size - 7 + i)];
  const bits = rows.reduce((word, row, i) => word | (dark[row]![8] ? 1 << i : 0), 0);
  return ["M", "L", "H", "Q"][(bits ^ 0x5412) >> 13]!;
}

describe("qrSymbol", () => {
  it.each([URL_A, URL_B, "https://quiz.example.org/lessons/a-much-longer-lesson-slug-about-a-budget-vote/quiz?seed=26"])(
    "draws a well-formed level-M symbol of %s",
    (text) => {
      const { size, dark } = qrSymbol(text);
      expect((size - 17) % 4).toBe(0);
      expect(dark).toHaveLength(size);
      expect(isFinder(dark, 0, 0) && isFinder(dark, 0, size - 7) && isFinder(dark, size - 7, 0)).toBe(true);
      expect(isFinder(dark, size - 7, size - 7)).toBe(false);
      expect(declaredLevel(dark)).toBe("M");
    },
  );

  it("gives other seeds other symbols", () => {
    expect(qrSymbol(URL_A).path).not.toBe(qrSymbol(URL_B).path);
  });

  it("covers exactly the dark modules with its path", () => {
    const { dark, path } = qrSymbol(URL_A);
    const darkCount = dark.flat().filter(Boolean).length;
    const area = [...path.matchAll(/h(\d+)v1/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(area).toBe(darkCount);
  });
});

describe("runsPath", () => {
  it.each([
    [[[true, true, false, true]], "M0 0h2v1h-2zM3 0h1v1h-1z"],
    [[[false], [true]], "M0 1h1v1h-1z"],
    [[[false, false]], ""],
  ])("%j → %j", (dark, expected) => {
    expect(runsPath(dark)).toBe(expected);
  });
});
