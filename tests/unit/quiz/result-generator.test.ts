import { describe, expect, test } from "vitest";
import { buildContext } from "../../../lib/quiz/quiz-context.ts";
import { resultQuestions } from "../../../lib/quiz/result-generator.ts";
import { quizInput } from "./quiz-fixtures.ts";

const questionsFor = (body: string) => resultQuestions(buildContext(quizInput([{ slug: "a", body }]), 1));

describe("resultQuestions", () => {
  test("a match score, with a goal more or less for either side and never the reversed score", () => {
    const [q] = questionsFor("Louisville Forge came from behind to beat Charleston Tidewater 2-1 on Saturday night at home.");
    expect(q?.prompt).toBe("What was the score? Fill the blank: “Louisville Forge came from behind to beat Charleston Tidewater ____ on Saturday night at home.”");
    expect(q?.answer).toBe("2-1");
    for (const c of q!.choices!.filter((c) => c !== "2-1")) {
      const [x, y] = c.split("-").map(Number);
      expect(x).toBeGreaterThan(y!);
      expect(c).not.toBe("1-2");
    }
  });

  test("the result, not the record in brackets beside it", () => {
    const questions = questionsFor("Gorge State (20-6, 10-4 conference) beat High Desert 78-74 in overtime on Saturday night at home.");
    expect(questions.map((q) => q.answer)).toEqual(["78-74"]);
  });

  test("a vote keeps its number of votes", () => {
    const [q] = questionsFor("The board of trustees voted 5-2 last night to move the first bell to 8:35 a.m. next year.");
    expect(q?.prompt).toMatch(/^What was the vote\?/);
    for (const c of q!.choices!) expect(c.split("-").map(Number).reduce((a, b) => a + b)).toBe(7);
  });

  test.each([
    ["a range of years", "The club won the title in the 2016-17 season after a long wait at home."],
    ["a pair of counts with no result", "The meeting ran from 6-8 in the evening at the town hall on Monday."],
    ["an age range", "The study followed 412 patients aged 65-90 who were treated at six hospitals."],
    ["a record in brackets", "Gorge State (20-6) won again at home on Saturday night in front of a record crowd."],
  ])("skips %s", (_, body) => {
    expect(questionsFor(body)).toEqual([]);
  });
});
