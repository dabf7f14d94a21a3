import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ladderStep, ladderValues, type LadderLimits } from "../../../lib/quiz/number-ladder.ts";
import { seededRandom } from "../../../lib/quiz/seeded-random.ts";

const GIVEAWAY = [2, 3, 4, 5, 10];

describe("ladderStep", () => {
  test.each([
    // Small counts step by one; larger keys by a round step of at most ~15%; precise measures by ~2%.
    [3, 0, 1],
    [38, 0, 5],
    [1140, 0, 100],
    [50_000, 0, 5000],
    [4.2, 1, 0.5],
    [52.31, 2, 1],
    [0.5, 1, 0.1],
  ])("%d (%d decimals) → %d", (value, decimals, step) => {
    expect(ladderStep(value, decimals)).toBe(step);
  });
});

describe("ladderValues", () => {
  const values = (value: number, limits: LadderLimits, seed = 1) => ladderValues(value, limits, 3, seededRandom(seed));

  test("the key sits on any rung, not always in the middle or at an end", () => {
    const ranks = new Set<number>();
    for (let seed = 1; seed <= 60; seed++) ranks.add(values(1140, { decimals: 0 }, seed).filter((v) => v < 1140).length);
    expect([...ranks].sort()).toEqual([0, 1, 2, 3]);
  });

  test.each([
    // "about 780 of them": a total below 780 is impossible; "17,741 votes" for the loser: the winner is above it.
    ["a part printed beside the total", 1140, { decimals: 0, neighbours: [780] }, (v: number) => v > 780],
    ["the loser's votes beside the winner's", 18_947, { decimals: 0, neighbours: [17_741] }, (v: number) => v > 17_741],
    ["a share", 96, { decimals: 0, percent: true }, (v: number) => v <= 100],
    ["a decimal key keeps its decimals", 4.2, { decimals: 1 }, (v: number) => !Number.isInteger(v)],
  ] as const)("%s", (_, value, limits, holds) => {
    for (let seed = 1; seed <= 20; seed++) {
      const wrong = values(value, limits, seed);
      expect(wrong.length).toBe(3);
      for (const v of wrong) expect(holds(v), `${v}`).toBe(true);
    }
  });

  test("never the key, never a simple multiple, never negative, never more than asked", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 5_000_000 }), fc.integer({ min: 1, max: 1000 }), (value, seed) => {
        const wrong = values(value, { decimals: 0 }, seed);
        expect(wrong.length).toBeLessThanOrEqual(3);
        for (const v of wrong) {
          expect(v).toBeGreaterThan(0);
          expect(v).not.toBe(value);
          const ratio = Math.max(v, value) / Math.min(v, value);
          if (value > 10) for (const k of GIVEAWAY) expect(Math.abs(ratio - k)).toBeGreaterThan(1e-9);
        }
        expect(new Set(wrong).size).toBe(wrong.length);
      }),
    );
  });
});
