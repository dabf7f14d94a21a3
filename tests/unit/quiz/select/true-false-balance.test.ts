import { describe, expect, test } from "vitest";
import type { Question } from "../../../../lib/quiz/question-schema.ts";
import { seededRandom } from "../../../../lib/quiz/seeded-random.ts";
import { balanceTrueFalse } from "../../../../lib/quiz/select/true-false-balance.ts";
import type { TrueFalsePair } from "../../../../lib/quiz/true-false-generator.ts";

const tf = (id: string, answer: "True" | "False") => ({ id, kind: "true-false", answer, prompt: `${id} ${answer}` }) as unknown as Question;

describe("balanceTrueFalse", () => {
  test.each([1, 2, 3, 4, 5, 6, 7])("%d statements: as many false as true, give or take one", (n) => {
    const pairs = new Map<string, TrueFalsePair>(Array.from({ length: n }, (_, i) => [`t${i}`, { truthful: tf(`t${i}`, "True"), falsified: tf(`t${i}`, "False") }]));
    const chosen = [...pairs.values()].map((p) => p.truthful);
    for (let seed = 1; seed <= 10; seed++) {
      const falses = balanceTrueFalse(chosen, pairs, seededRandom(seed)).filter((q) => q.answer === "False").length;
      expect(Math.abs(n - 2 * falses)).toBeLessThanOrEqual(1);
    }
  });
  test("leaves other questions as they are", () => {
    const other = { id: "w", kind: "when", answer: "2025" } as unknown as Question;
    expect(balanceTrueFalse([other], new Map(), seededRandom(1))).toEqual([other]);
  });
});
