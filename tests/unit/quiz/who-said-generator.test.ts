import { describe, expect, it } from "vitest";
import { namesCollide } from "../../../lib/quiz/choice-fold.ts";
import { candidateQuestions } from "../../../lib/quiz/generate-quiz.ts";
import { buildContext } from "../../../lib/quiz/quiz-context.ts";
import { settledQuotes } from "../../../lib/quiz/quote-pool.ts";
import { whoSaidQuestions } from "../../../lib/quiz/who-said-generator.ts";
import { quizInput, WIRE, type Spec } from "./quiz-fixtures.ts";

function whoSaid(specs: Spec[]) {
  const context = buildContext(quizInput(specs), 1);
  return whoSaidQuestions(context, settledQuotes(context));
}

describe("who-said generator", () => {
  it.each([
    ["we are going to work out a peace agreement very soon", "Donald Trump"],
    ["the guns must fall silent in Ukraine now", "Emmanuel Macron"],
    ["we have more cards that we can play", "David Lammy"],
    ["a large number of issues will be discussed today", "Dmitry Peskov"],
  ])("keys “%s” to %s, with evidence holding the quote and no distractor resembling the speaker", (quote, speaker) => {
    const question = whoSaid([WIRE]).find((q) => q.prompt.includes(quote));
    expect(question?.answer).toBe(speaker);
    expect(question?.evidence.text).toContain(quote);
    expect(question?.choices?.filter((c) => namesCollide(c, speaker))).toEqual([speaker]);
  });

  it.each([
    ["a quote below the confidence threshold", { confidence: 0.5 }],
    ["an unattributed quote", { speaker: null }],
    ["a quote credited to a group", { kind: "group" as const }],
  ])("skips %s", (_, change) => {
    const quotes = WIRE.quotes!.map((q) => (q.speaker === "David Lammy" ? { ...q, ...change } : q));
    expect(whoSaid([{ ...WIRE, quotes }]).some((q) => q.prompt.includes("more cards"))).toBe(false);
  });

  it("skips fragments under three words", () => {
    const body = `${WIRE.body} Macron hailed the “courage” of the president.`;
    const spec = { ...WIRE, body, quotes: [...WIRE.quotes!, { text: "courage", speaker: "Emmanuel Macron" }] };
    expect(whoSaid([spec]).some((q) => q.prompt.includes("“courage”"))).toBe(false);
  });

  it("never asks who said words the outlets credit to different speakers", () => {
    const daily: Spec = {
      slug: "daily",
      outlet: "Daily",
      body: "David Lammy said “the guns must fall silent in Ukraine now” on Monday.",
      people: [{ name: "David Lammy" }],
      quotes: [{ text: "the guns must fall silent in Ukraine now", speaker: "David Lammy" }],
    };
    const input = quizInput([WIRE, daily]);
    expect(input.story.conflicts).toHaveLength(1);
    const onDisputed = candidateQuestions(input, 3).questions.filter((q) => JSON.stringify(q).includes("guns must fall silent"));
    expect(onDisputed.length).toBeGreaterThan(0);
    for (const q of onDisputed) expect(["source-check", "cloze", "where", "when", "how-many", "claim"]).toContain(q.kind);
    const credited = onDisputed.filter((q) => q.kind === "source-check" && q.prompt.startsWith("Sources disagree"));
    expect(credited.map((q) => q.answer).sort()).toEqual(["David Lammy", "Emmanuel Macron"]);
    for (const q of credited) expect(q.explanation).toMatch(/Wire credits Emmanuel Macron; Daily credits David Lammy|Daily credits David Lammy; Wire credits Emmanuel Macron/);
  });
});
