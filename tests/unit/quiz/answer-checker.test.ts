import { describe, expect, it } from "vitest";
import { checkAnswer } from "../../../lib/quiz/answer-checker.ts";
import type { Question } from "../../../lib/quiz/question-schema.ts";

const base = { id: "q", prompt: "?", explanation: "x", evidence: { article: "a", start: 0, end: 1, text: "x" }, difficulty: 3 as const, factIds: ["f"] };
const name: Question = { ...base, kind: "typed", answer: "Volodymyr Zelensky", accepted: ["Volodymyr Zelensky", "Zelenskyy"], answerType: "name" };
const date: Question = { ...base, kind: "typed", answer: "Tuesday 18 March 2025", accepted: ["2025-03-18"], answerType: "date", allowWeekday: true };
const strictDate: Question = { ...date, allowWeekday: undefined };
const month: Question = { ...base, kind: "when", answer: "March 2022", accepted: ["2022-03"], answerType: "date", choices: ["March 2022", "April 2022"] };
const number: Question = { ...base, kind: "how-many", answer: "2,500", accepted: ["2500"], answerType: "number", choices: ["2,500", "5,000"] };
const term: Question = { ...base, kind: "cloze", answer: "ceasefire", accepted: ["ceasefire"], answerType: "term", choices: ["ceasefire", "leaders"] };
const who: Question = { ...base, kind: "who-said", answer: "Donald Trump", choices: ["Donald Trump", "Emmanuel Macron"] };
const sources: Question = { ...base, kind: "source-check", answer: ["Wire", "Daily"], choices: ["Wire", "Daily", "Post"] };
const order: Question = { ...base, kind: "order", answer: ["a", "b", "c"], choices: ["c", "a", "b"] };

describe("checkAnswer", () => {
  it.each([
    ["Volodymyr Zelensky", true, name],
    ["volodymyr zelensky", true, name],
    ["Zelensky", true, name],
    ["ZELENSKYY", true, name],
    ["Zelenskyj", true, name],
    ["V. Zelensky", true, name],
    ["Zelénsky", true, name],
    ["Volodymyr", false, name],
    ["Oleksandr Zelensky", false, name],
    ["Putin", false, name],
    ["", false, name],
    ["18 March", true, date],
    ["March 18, 2025", true, date],
    ["2025-03-18", true, date],
    ["18th of March 2025", true, date],
    ["Tuesday", true, date],
    ["Tuesday 18 March", true, date],
    ["18/03/2025", true, date],
    ["17 March", false, date],
    ["18 March 2024", false, date],
    ["Wednesday", false, date],
    ["Wednesday 18 March", false, date],
    ["March", false, date],
    ["Tuesday", false, strictDate],
    ["18 March", true, strictDate],
    ["March 2022", true, month],
    ["2022-03", true, month],
    ["march 2022", true, month],
    ["March 2023", false, month],
    ["2022", false, month],
    ["2,500", true, number],
    ["2500", true, number],
    ["2 500", true, number],
    ["25,00", false, number],
    ["250", false, number],
    ["Ceasefire", true, term],
    ["cease-fire", true, term],
    ["ceasefires", true, term],
    ["truce", false, term],
    ["donald trump", true, who],
    ["Trump", false, who],
    ["Emmanuel Macron", false, who],
  ] as const)("%#: %j → %s", (response, expected, question) => {
    expect(checkAnswer(question, response)).toBe(expected);
  });

  it.each([
    [["Daily", "Wire"], true, sources],
    [["wire", "daily"], true, sources],
    [["Wire"], false, sources],
    [["Wire", "Daily", "Post"], false, sources],
    [["a", "b", "c"], true, order],
    [["b", "a", "c"], false, order],
    [["a", "b"], false, order],
  ] as const)("several answers %#: %j → %s", (response, expected, question) => {
    expect(checkAnswer(question, response)).toBe(expected);
  });
});
