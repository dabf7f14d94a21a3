import { describe, expect, it } from "vitest";
import { questionReferences, sourceReference, worksheetSources } from "../../../lib/worksheet/source-refs.ts";
import { ARTICLES, evidence, QUESTIONS } from "./worksheet-fixtures.ts";

const PESKOV = "[1] Daily Report ¶2: “Dmitry Peskov said “we never do that” when asked about…”";
const LAMMY = "[2] ¶3: “David Lammy said the allies have “more cards that we…”";

describe("sourceReference", () => {
  it.each([
    ["an article with an outlet, cut to ten words", evidence("daily", "Dmitry Peskov said “we never do that” when asked about the agenda of the call."), PESKOV],
    ["an article known by its number alone, third paragraph", evidence("wire", "David Lammy said the allies have “more cards that we can play” in the talks."), LAMMY],
    ["a short sentence, kept whole", evidence("wire", "The call took place on Tuesday."), "[2] ¶1: “The call took place on Tuesday.”"],
    ["a sentence that opens with a quotation, without a second pair of marks", { ...evidence("wire", "The call took place on Tuesday."), text: "“They would,” Trump said." }, "[2] ¶1: “They would,” Trump said."],
    ["an article the lesson does not list", { article: "gone", outlet: "Gone Daily", start: 0, end: 5, text: "Hello." }, "Gone Daily: “Hello.”"],
  ])("%s", (_, given, expected) => {
    expect(sourceReference(given, ARTICLES)).toBe(expected);
  });
});

describe("questionReferences", () => {
  it.each([
    ["match-1", [LAMMY, PESKOV]],
    ["who-said-1", [PESKOV]],
    ["lesson-q-abc", []],
  ])("%s cites its evidence first, each sentence once", (id, expected) => {
    const q = QUESTIONS.find((x) => x.id === id)!;
    expect(questionReferences({ ...q, sources: [...(q.sources ?? []), ...(q.evidence ? [q.evidence] : [])] }, ARTICLES)).toEqual(expected);
  });
});

describe("worksheetSources", () => {
  it("numbers the articles in the lesson's order and keeps what a citation needs", () => {
    expect(worksheetSources(ARTICLES)).toEqual([
      { number: 1, slug: "daily", outlet: "Daily Report", title: "Leaders talk", published: "2025-03-17", url: "https://example.com/daily" },
      { number: 2, slug: "wire", title: "Trump and Putin talk", published: "2025-03-18" },
    ]);
  });

  it("falls back to the slug for an article without a title", () => {
    expect(worksheetSources([{ slug: "bare", body: "Text." }])).toEqual([{ number: 1, slug: "bare", title: "bare" }]);
  });
});
