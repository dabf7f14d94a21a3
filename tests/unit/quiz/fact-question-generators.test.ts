import { describe, expect, it, test } from "vitest";
import { readsAsStatement } from "../../../lib/quiz/true-false-generator.ts";
import { candidateQuestions } from "../../../lib/quiz/generate-quiz.ts";
import type { Question, QuestionKind } from "../../../lib/quiz/question-schema.ts";
import { quizInput, WIRE } from "./quiz-fixtures.ts";

const all = candidateQuestions(quizInput([WIRE]), 1);
const ofKind = (kind: QuestionKind) => all.filter((q) => q.kind === kind);
const find = (kind: QuestionKind, text: string): Question | undefined => ofKind(kind).find((q) => q.prompt.includes(text));

describe("fact question generators", () => {
  it.each([
    ["when", "Donald Trump spoke with Vladimir Putin ____", "Tuesday 18 March 2025", "on Tuesday"],
    ["when", "incursion into Russia ____", "August 2024", "last August"],
    ["where", "The leaders met in ____ to agree", "Jeddah", "Jeddah"],
    ["how-many", "Each week brings ____ soldier deaths", "2,500", "2,500"],
    ["how-many", "agree a ____-day ceasefire", "30", "30-day"],
  ] as const)("%s blanks “%s” and keys %s", (kind, blanked, answer, hidden) => {
    const q = find(kind, blanked);
    expect(q?.answer).toBe(answer);
    expect(q?.prompt).not.toContain(hidden);
    expect(q?.choices?.filter((c) => c === answer)).toHaveLength(1);
  });

  it("offers dates of the same granularity only", () => {
    expect(find("when", "incursion")!.choices!.every((c) => /^[A-Z][a-z]+ \d{4}$/.test(c))).toBe(true);
    expect(find("when", "spoke with")!.choices!.every((c) => /^[A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d{4}$/.test(c))).toBe(true);
  });

  it("offers cities for a city and never a place named in the same clause", () => {
    const choices = find("where", "The leaders met in ____")!.choices!;
    expect(choices).not.toContain("Ukraine");
    expect(choices.filter((c) => ["Germany", "Italy", "Spain", "Poland", "Turkey", "China", "India"].includes(c))).toEqual([]);
  });

  it("orders day-dated events earliest first, dates removed", () => {
    const [order] = ofKind("order");
    expect(order?.answer).toEqual([
      "The talks in Riyadh took place with American officials",
      "Steve Witkoff met the Russian leader in Moscow",
      "Donald Trump spoke with Vladimir Putin",
    ]);
  });

  it.each([
    ["surname", "Type the surname of the person who said: “the guns must fall silent", "Emmanuel Macron", "name"],
    ["date", "Type the date that fills the blank: “Donald Trump spoke with Vladimir Putin ____", "Tuesday 18 March 2025", "date"],
  ])("typed %s question has accepted answers checked as %s", (_, prompt, answer, type) => {
    const q = ofKind("typed").find((x) => x.prompt.startsWith(prompt));
    expect(q?.answer).toBe(answer);
    expect(q?.answerType).toBe(type);
    expect(q?.choices).toBeUndefined();
  });

  it("true-false statements are the reported clause or one with a single swapped element", () => {
    const questions = ofKind("true-false");
    for (const q of questions) {
      const statement = q.prompt.replace(/^True or false, according to [^:]+: /, "");
      const quoted = /^(.+) said “(.+)”$/.exec(statement);
      const credited = quoted && WIRE.quotes!.find((x) => x.text === quoted[2])?.speaker;
      const reported = quoted ? credited === quoted[1] : q.evidence.text.includes(statement.slice(1));
      expect(q.answer).toBe(reported ? "True" : "False");
    }
    expect(new Set(questions.map((q) => q.answer))).toEqual(new Set(["True", "False"]));
  });

  it("match pairs every speaker with the quote credited to them", () => {
    const [match] = ofKind("match");
    const pairs = match!.items!.map((item, i) => [item, (match!.answer as string[])[i]]);
    expect(pairs).toContainEqual(["Donald Trump", "we are going to work out a peace agreement very soon"]);
    expect(pairs).toContainEqual(["David Lammy", "we have more cards that we can play"]);
  });

  it("said-what never offers words credited to the speaker as a wrong choice", () => {
    const q = find("said-what", "Which of these did Emmanuel Macron say?");
    expect(q?.answer).toBe("the guns must fall silent in Ukraine now");
    expect(q?.choices?.filter((c) => c.includes("guns"))).toHaveLength(1);
  });

  it("does not build a source-check outlets question for a one-source story", () => {
    expect(ofKind("source-check")).toEqual([]);
  });
});

describe("readsAsStatement", () => {
  test.each([
    ["Ukraine agreed to a 30-day ceasefire with Russia.", true],
    ["The talks took place in Jeddah on Tuesday", true],
    ["as well as a suspension of western military aid to Kyiv", false],
    ["and each week results in the death of 2,500 soldiers", false],
    ["As well as a suspension of western military aid to Kyiv", false],
    ["Which Russia has occupied since 2022", false],
    ["Two days later", false],
  ] as [string, boolean][])("%j → %s", (text, expected) => {
    expect(readsAsStatement(text)).toBe(expected);
  });
});
