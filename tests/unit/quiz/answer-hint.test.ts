import { describe, expect, test } from "vitest";
import { answerHint } from "../../../lib/quiz/answer-hint.ts";
import { checkAnswer } from "../../../lib/quiz/answer-checker.ts";

describe("answerHint", () => {
  test.each([
    ["one word", { answerType: "term" as const, answer: "ceasefire", accepted: ["ceasefire"] }, "One word."],
    ["a figure with its unit", { answerType: "term" as const, answer: "30 days", accepted: ["30 days", "thirty days"] }, "A number, in figures or words."],
    ["a figure", { answerType: "term" as const, answer: "2,500", accepted: ["2,500", "2500", "two thousand five hundred"] }, "One word."],
    ["a phrase", { answerType: "term" as const, answer: "Truth Social", accepted: ["Truth Social"] }, "A few words."],
    ["a name", { answerType: "name" as const, answer: "Donald Trump" }, "A name; the surname alone is enough."],
    ["a date", { answerType: "date" as const, answer: "Tuesday 18 March 2025" }, "A date, such as 18 March 2025."],
  ])("%s → %s", (_, question, hint) => expect(answerHint(question)).toBe(hint));
});

describe("a typed answer gives what its hint asks for", () => {
  const days = { kind: "cloze" as const, answer: "30 days", accepted: ["30 days", "thirty days"], answerType: "term" as const };
  test.each([
    ["30", true],
    ["thirty", true],
    ["30 days", true],
    ["thirty days", true],
    ["30 day", true],
    ["31", false],
    ["30 weeks", false],
    ["days", false],
  ])("“%s” for “30 days” → %s", (given, right) => expect(checkAnswer(days, given)).toBe(right));
});
