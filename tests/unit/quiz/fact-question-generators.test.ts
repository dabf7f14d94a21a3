import { describe, expect, it } from "vitest";
import { gazetteer } from "../../../lib/extract/gazetteer.ts";
import { candidateQuestions, generateQuiz } from "../../../lib/quiz/generate-quiz.ts";
import type { Question, QuestionKind } from "../../../lib/quiz/question-schema.ts";
import { quizInput, WIRE } from "./quiz-fixtures.ts";

const { questions: all, trueFalse } = candidateQuestions(quizInput([WIRE]), 1);
const ofKind = (kind: QuestionKind) => all.filter((q) => q.kind === kind);
const find = (kind: QuestionKind, text: string): Question | undefined => ofKind(kind).find((q) => q.prompt.includes(text));

describe("fact question generators", () => {
  it.each([
    // A date the article writes without its weekday is offered without one.
    ["when", "The talks in Riyadh took place on ____ with American officials", "11 March 2025", "March 11"],
    ["where", "The leaders met in ____ to agree", "Jeddah", "Jeddah"],
    ["how-many", "Each week brings ____ soldier deaths", "2,500", "2,500"],
    ["how-many", "agree a ____-day ceasefire", "30", "30-day"],
  ] as const)("%s blanks “%s” and keys %s", (kind, blanked, answer, hidden) => {
    const q = find(kind, blanked);
    expect(q?.answer).toBe(answer);
    expect(q?.prompt).not.toContain(hidden);
    expect(q?.choices?.filter((c) => c === answer)).toHaveLength(1);
  });

  it.each([
    ["Vladimir Putin by telephone for two hours on ____", "Tuesday 18 March 2025", ["Tuesday 11 March 2025", "Monday 17 March 2025"]],
    ["into the Russian border region ____", "August 2024", ["July 2024", "September 2024", "June 2024"]],
  ])("a relative date is blanked (“%s”) with the slips a reader makes, on the answer's side of publication", (blanked, answer, slips) => {
    const q = find("when", blanked)!;
    expect(q.answer).toBe(answer);
    const wrong = q.choices!.filter((c) => c !== answer);
    // The slips come first; any neighbour that fills up is still on the past side of 18 March 2025.
    for (const slip of slips) expect(wrong).toContain(slip);
    for (const c of wrong) expect(!/2025$/.test(c) || (/March 2025$/.test(c) && Number(c.split(" ")[1]) < 18)).toBe(true);
  });

  it("shows the whole sentence around a blank, not a fragment of it", () => {
    expect(find("where", "to agree")?.prompt).toBe("Where? Fill the blank: “The leaders met in ____ to agree a 30-day ceasefire.”");
  });

  it("offers dates of the same granularity only", () => {
    expect(find("when", "incursion")!.choices!.every((c) => /^[A-Z][a-z]+ \d{4}$/.test(c))).toBe(true);
    expect(find("when", "spoke with")!.choices!.every((c) => /^[A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d{4}$/.test(c))).toBe(true);
    // A past event: every choice is on or before publication (18 March), so the side of it is no clue.
    // A date written out is offered without a weekday, its neighbours a week or two off, none after publication (18 March).
    const onDay = (c: string) => Date.parse(`${c} UTC`);
    expect(find("when", "took place on ____")!.choices!.every((c) => /^\d{1,2} \w+ 2025$/.test(c) && onDay(c) <= Date.parse("18 March 2025 UTC"))).toBe(true);
    expect(find("when", "took place on ____")!.choices!.some((c) => c === "10 March 2025" || c === "12 March 2025")).toBe(false);
  });

  it("offers cities of the key's own country for a city, never a place named in the sentence", () => {
    const choices = find("where", "The leaders met in ____")!.choices!;
    const g = gazetteer();
    for (const c of choices) {
      expect(g.lookup(c)?.kind).toBe("city");
      expect(g.domainOf(g.lookup(c)!.canonical, "city")).toBe("SA");
    }
    // Riyadh is named in the story: it may be a right answer the extractor missed.
    expect(choices).not.toContain("Riyadh");
  });

  it("does not ask where about a place used as the subject of its sentence", () => {
    expect(find("where", "launched an incursion")).toBeUndefined();
  });

  it("orders day-dated events earliest first, dates removed", () => {
    const [order] = ofKind("order");
    expect(order?.answer).toEqual([
      "The talks in Riyadh took place with American officials",
      "Steve Witkoff met the Russian leader in Moscow",
      "Donald Trump spoke with Vladimir Putin by telephone for two hours",
    ]);
  });

  it.each([
    ["surname", "Type the surname of the person who said “the guns must fall silent", "Emmanuel Macron", "name"],
    ["date", "Type the date that fills the blank: “Donald Trump spoke with Vladimir Putin by telephone for two hours on ____", "Tuesday 18 March 2025", "date"],
  ])("typed %s question has accepted answers checked as %s", (_, prompt, answer, type) => {
    const q = ofKind("typed").find((x) => x.prompt.startsWith(prompt));
    expect(q?.answer).toBe(answer);
    expect(q?.answerType).toBe(type);
    expect(q?.choices).toBeUndefined();
  });

  it("true/false statements come in two forms: as reported, and with one element changed for another of the story", () => {
    expect(trueFalse.size).toBeGreaterThan(0);
    for (const { truthful, falsified } of trueFalse.values()) {
      expect(truthful.id).toBe(falsified.id);
      expect([truthful.answer, falsified.answer]).toEqual(["True", "False"]);
      const said = /: (.+) said “(.+)”\.$/.exec(truthful.prompt);
      if (said) expect(WIRE.quotes!.find((q) => q.text === said[2])?.speaker).toBe(said[1]);
      else expect(truthful.evidence.text).toBe(truthful.prompt.replace(/^True or false, according to Wire: /, ""));
      expect(falsified.prompt).not.toBe(truthful.prompt);
    }
  });

  it("a quiz holds as many false statements as true ones", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const tf = generateQuiz(quizInput([WIRE]), { seed, kinds: ["true-false"], count: 20 }).questions;
      const falses = tf.filter((q) => q.answer === "False").length;
      expect(Math.abs(tf.length - 2 * falses)).toBeLessThanOrEqual(1);
    }
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
