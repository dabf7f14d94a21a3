import { describe, expect, test } from "vitest";
import { defaultQuizLength } from "../../../../lib/quiz/select/quiz-length.ts";

const words = (n: number) => "word ".repeat(n);

describe("defaultQuizLength", () => {
  test.each([
    ["no article", [], 0],
    ["a 150-word brief", [words(150)], 5],
    ["a 700-word article", [words(700)], 12],
    ["a 3,000-word feature", [words(3000)], 15],
    ["a story of five 700-word reports", [words(700), words(700), words(700), words(700), words(700)], 20],
    ["a story of twenty reports", Array.from({ length: 20 }, () => words(900)), 25],
  ] as [string, string[], number][])("%s → %d", (_, bodies, expected) => expect(defaultQuizLength(bodies)).toBe(expected));
});
