import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { namesCollide, printsSame } from "../../../lib/quiz/choice-fold.ts";
import { generateQuiz, shuffleQuiz } from "../../../lib/quiz/generate-quiz.ts";
import { quizInput, type Spec } from "./quiz-fixtures.ts";

/** Speakers with spelling variants and an organisation, so alias and kind rules are exercised. */
const SPEAKERS = ["Donald Trump", "Emmanuel Macron", "David Lammy", "Volodymyr Zelensky", "Volodymyr Zelenskyy", "White House", "Karoline Leavitt"];
const QUOTES = [
  "the guns must fall silent in Ukraine now",
  "we have more cards that we can play",
  "we are going to work out a peace agreement",
  "a large number of issues will be discussed",
  "never been closer to a deal",
  "this proposal could have been implemented long ago",
];
const PLACES: [string, "city" | "country"][] = [["Jeddah", "city"], ["Moscow", "city"], ["Kyiv", "city"], ["France", "country"], ["Saudi Arabia", "country"]];
const DATES: [string, string][] = [["on March 11", "2025-03-11"], ["on Thursday", "2025-03-13"], ["last August", "2024-08"], ["in 1945", "1945"], ["on February 12", "2025-02-12"]];
const NUMBERS = [2, 4, 30, 2500, 100000];

const articleArb = fc.record({
  outlet: fc.constantFrom("Wire", "Daily", "Post", undefined),
  quotes: fc.uniqueArray(fc.tuple(fc.nat(QUOTES.length - 1), fc.nat(SPEAKERS.length - 1)), { maxLength: 5, selector: ([q]) => q }),
  places: fc.uniqueArray(fc.nat(PLACES.length - 1), { maxLength: 3 }),
  dates: fc.uniqueArray(fc.nat(DATES.length - 1), { maxLength: 4 }),
  numbers: fc.uniqueArray(fc.nat(NUMBERS.length - 1), { maxLength: 3 }),
});
type Shape = typeof articleArb extends fc.Arbitrary<infer T> ? T : never;

function spec(shape: Shape, index: number): Spec {
  const parts: string[] = [];
  const s: Spec = { slug: `a${index}`, body: "", ...(shape.outlet ? { outlet: shape.outlet } : {}), people: [], quotes: [], places: [], dates: [], numbers: [] };
  for (const [q, p] of shape.quotes) {
    parts.push(`${SPEAKERS[p]} said “${QUOTES[q]}” to reporters.`);
    s.quotes!.push({ text: QUOTES[q]!, speaker: SPEAKERS[p]!, kind: SPEAKERS[p] === "White House" ? "organisation" : "person" });
  }
  for (const p of shape.places) {
    const clause = `The delegation number ${p} travelled to ${PLACES[p]![0]} for talks`;
    parts.push(`${clause}.`);
    s.places!.push({ name: PLACES[p]![0], kind: PLACES[p]![1], clause });
  }
  for (const d of shape.dates) {
    const clause = `Meeting ${d} of the envoys happened ${DATES[d]![0]}`;
    parts.push(`${clause}.`);
    s.dates!.push({ text: DATES[d]![0], value: DATES[d]![1], clause });
  }
  for (const n of shape.numbers) {
    const clause = `Report ${n} counted ${NUMBERS[n]!.toLocaleString("en-US")} soldiers at the front`;
    parts.push(`${clause}.`);
    s.numbers!.push({ text: NUMBERS[n]!.toLocaleString("en-US"), value: NUMBERS[n]!, counted: "soldiers", clause });
  }
  s.body = parts.join(" ");
  return s;
}

const storyArb = fc.array(articleArb, { minLength: 1, maxLength: 4 }).map((shapes) => shapes.map(spec));
const seedArb = fc.integer({ min: 0, max: 2 ** 31 - 1 });

describe("generateQuiz properties", () => {
  it("every question is well formed, its key certain and its evidence exact", () => {
    fc.assert(
      fc.property(storyArb, seedArb, (specs, seed) => {
        const input = quizInput(specs);
        const quiz = generateQuiz(input, { seed, count: 100 });
        for (const q of quiz.questions) {
          const answers = Array.isArray(q.answer) ? q.answer : [q.answer];
          if (q.choices) {
            for (const a of answers) expect(q.choices.filter((c) => c === a)).toHaveLength(1);
            q.choices.forEach((c, i) => q.choices!.slice(i + 1).forEach((d) => expect(printsSame(c, d)).toBe(false)));
          }
          for (const e of [q.evidence, ...(q.sources ?? [])]) {
            const body = input.articles.find((a) => a.slug === e.article)!.body;
            expect(body.slice(e.start, e.end)).toBe(e.text);
          }
          if (q.kind === "who-said" || q.kind === "typed" && q.answerType === "name") {
            const quoted = /“(.+)”/.exec(q.prompt)![1]!;
            const credited = specs.flatMap((s) => s.quotes!.filter((x) => x.text === quoted).map((x) => x.speaker!));
            expect(credited.every((name) => namesCollide(name, q.answer as string))).toBe(true);
            const wrong = (q.choices ?? []).filter((c) => c !== q.answer);
            expect(wrong.filter((c) => credited.some((name) => namesCollide(name, c)))).toEqual([]);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it("never more than asked, one question per source sentence and per fact, as many false statements as true", () => {
    fc.assert(
      fc.property(storyArb, seedArb, fc.integer({ min: 1, max: 40 }), (specs, seed, count) => {
        const quiz = generateQuiz(quizInput(specs), { seed, count });
        expect(quiz.questions.length).toBeLessThanOrEqual(count);
        const sentences = quiz.questions.flatMap((q) => [...new Set([q.evidence, ...(q.sources ?? [])].map((e) => `${e.article}:${e.start}`))]);
        expect(new Set(sentences).size).toBe(sentences.length);
        const facts = quiz.questions.flatMap((q) => [...new Set(q.factIds)]);
        expect(new Set(facts).size).toBe(facts.length);
        const tf = quiz.questions.filter((q) => q.kind === "true-false");
        const falses = tf.filter((q) => q.answer === "False").length;
        expect(Math.abs(tf.length - 2 * falses)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 100 },
    );
  });

  it("the same seed gives the same quiz; another seed with the same question seed gives the same questions", () => {
    fc.assert(
      fc.property(storyArb, seedArb, seedArb, (specs, a, b) => {
        const input = quizInput(specs);
        const first = generateQuiz(input, { seed: a, count: 12 });
        expect(generateQuiz(input, { seed: a, count: 12 })).toEqual(first);
        const versionB = generateQuiz(input, { seed: b, questionSeed: a, count: 12 });
        expect(versionB.questions.map((q) => q.id).sort()).toEqual(first.questions.map((q) => q.id).sort());
        const byId = new Map(first.questions.map((q) => [q.id, q]));
        for (const q of versionB.questions) {
          expect(q.answer).toEqual(byId.get(q.id)!.answer);
          expect([...(q.choices ?? [])].sort()).toEqual([...(byId.get(q.id)!.choices ?? [])].sort());
        }
        expect(shuffleQuiz(first, b)).toEqual(versionB);
      }),
      { numRuns: 100 },
    );
  });
});
