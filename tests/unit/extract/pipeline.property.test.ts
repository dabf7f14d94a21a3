import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { articleFactsSchema, type ArticleFacts } from "../../../lib/extract/fact-schema.ts";
import { extractFacts } from "../../../lib/extract/pipeline.ts";

const PUBLISHED = "2024-06-05";
const extract = (text: string) => extractFacts(text, { article: "prop", published: PUBLISHED });

/** Every span the facts claim, paired with the text they say it holds. */
function claimedSpans(facts: ArticleFacts): [number, number, string][] {
  const spans: [number, number, string][] = [];
  const add = (s: { start: number; end: number; text: string } | undefined) => s && spans.push([s.start, s.end, s.text]);
  for (const q of facts.quotes) [q, q.sentence, q.speaker.mention].forEach(add);
  for (const p of facts.people) [p, ...p.mentions].forEach(add);
  for (const p of facts.places) [p, ...p.mentions, ...p.mentions.map((m) => m.clause)].forEach(add);
  for (const d of facts.dates) [d, d.clause].forEach(add);
  for (const n of facts.numbers) [n, n.clause].forEach(add);
  return spans;
}

/** The invariants every extraction keeps, whatever the input. */
function checkInvariants(text: string) {
  const facts = extract(text);
  expect(articleFactsSchema.safeParse(facts).success).toBe(true);
  for (const [start, end, claimed] of claimedSpans(facts)) {
    expect(start).toBeLessThanOrEqual(end);
    expect(end).toBeLessThanOrEqual(text.length);
    expect(text.slice(start, end)).toBe(claimed);
  }
  const ids = [...facts.quotes, ...facts.people, ...facts.places, ...facts.dates, ...facts.numbers].map((f) => f.id);
  expect(new Set(ids).size).toBe(ids.length);
}

/** Pieces of news prose, so random texts hit the extractors' real paths. */
const newsPiece = fc.constantFrom(
  "“", "”", '"', "‘", "’", "'", "''", "«", "»", ",", ".", ":", ";", " ", " ", " ", "\n", "\n\n", "\u00a0",
  "said", "says", "told reporters", "according to", "he", "she", "they", "added", "wrote", "in a post on X",
  "President", "Jane Doe", "Doe", "Foreign Minister Ana Lima", "Lima", "the White House", "the ministry", "the Ukrainian president",
  "on Tuesday", "last August", "since March 2022", "February 12", "1945", "tomorrow", "next week", "recent weeks",
  "France", "Paris", "Kyiv", "the Black Sea", "Zaporizhzhia nuclear power plant", "Kennedy Center",
  "2,500", "30-day", "four", "a ceasefire", "We will win", "Enough", "I think we can do it", "\uD800", "\uDFFF", "🙂", "é",
);
const newsText = fc.array(newsPiece, { maxLength: 60 }).map((parts) => parts.join(" "));

describe("extractFacts properties", () => {
  test("never throws and keeps every invariant on arbitrary strings, lone surrogates included", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), checkInvariants), { numRuns: 3000 });
  });

  test("never throws and keeps every invariant on random news-like text", () => {
    fc.assert(fc.property(newsText, checkInvariants), { numRuns: 5000 });
  });

  test("ids are stable: the same text gives the same facts", () => {
    fc.assert(
      fc.property(newsText, (text) => {
        expect(extract(text)).toEqual(extract(text));
      }),
      { numRuns: 2000 },
    );
  });

  const pathological: [string, string][] = [
    ["thousands of quote marks", "“".repeat(5000) + "”".repeat(5000) + '"'.repeat(5000) + "‘’".repeat(3000)],
    ["a 100,000-character paragraph", "He said the plan, which was long, would work and ".repeat(2000)],
    ["100,000 letters with no space", "a".repeat(100_000)],
    ["100,000 capitalised words", "Abc ".repeat(25_000)],
    ["alternating quotes and speech verbs", '"x," he said, '.repeat(8000)],
    ["an unclosed quote over many paragraphs", `“${"Words go on and on here.\n\n“".repeat(3000)}`],
    ["lone surrogates everywhere", "\uD800 said \uDC00 “\uDBFF”".repeat(5000)],
    ["empty", ""],
  ];
  test.for(pathological)("copes with %s", ([, text]) => {
    checkInvariants(text);
  });
});
