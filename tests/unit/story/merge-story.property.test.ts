import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeStory } from "../../../lib/story/merge-story.ts";
import { storyFactsSchema } from "../../../lib/story/story-schema.ts";
import { article, type ArticleSpec } from "./story-fixtures.ts";

/** Quotes that overlap, contain each other, and repeat as fragments, so every grouping rule is exercised. */
const QUOTES = [
  "Enough deaths. Enough lives destroyed. The guns must fall silent.",
  "Enough lives destroyed. The guns must fall silent,",
  "courage",
  "no sign",
  "never been closer",
  "We will talk about land and we will talk about power plants.",
  "We will talk about land",
  "it must end now",
];
const SPEAKERS: { name: string | null; kind: "person" | "organisation"; role?: string }[] = [
  { name: "Emmanuel Macron", kind: "person", role: "French President" },
  { name: "David Lammy", kind: "person", role: "UK Foreign Secretary" },
  { name: "White House", kind: "organisation" },
  { name: "Karoline Leavitt", kind: "person", role: "White House Press Secretary" },
  { name: null, kind: "person" },
  { name: "Volodymyr Zelenskyy", kind: "person" },
  { name: "Volodymyr Zelensky", kind: "person", role: "Ukraine’s President" },
];

function occurrenceAt(body: string, text: string, position: number): number {
  let count = 0;
  for (let at = body.indexOf(text); at >= 0 && at <= position; at = body.indexOf(text, at + 1)) count++;
  return count;
}

const articleArb = fc.record({
  published: fc.constantFrom("2025-03-17", "2025-03-18"),
  outlet: fc.constantFrom("Wire", "Daily", undefined),
  quotes: fc.array(fc.tuple(fc.nat(QUOTES.length - 1), fc.nat(SPEAKERS.length - 1)), { maxLength: 5 }),
});

type ArticleShape = typeof articleArb extends fc.Arbitrary<infer T> ? T : never;

function build(specs: ArticleShape[]) {
  return specs.map((spec, index) => {
    let body = "";
    const quotes: NonNullable<ArticleSpec["quotes"]> = [];
    for (const [q, s] of spec.quotes) {
      const speaker = SPEAKERS[s]!;
      body += `${speaker.name ?? "Someone"} said “`;
      const position = body.length;
      body += `${QUOTES[q]}”. `;
      quotes.push({ text: QUOTES[q]!, speaker: speaker.name, kind: speaker.kind, occurrence: occurrenceAt(body, QUOTES[q]!, position) });
    }
    const used = SPEAKERS.filter((s, i) => s.name !== null && s.kind === "person" && spec.quotes.some(([, j]) => j === i));
    const people = used.map((s) => ({ name: s.name!, roles: s.role ? [s.role] : [] }));
    return article({ slug: `article-${index}`, published: spec.published, body, quotes, people, ...(spec.outlet ? { outlet: spec.outlet } : {}) });
  });
}

describe("mergeStory properties", () => {
  it("does not depend on the order of the articles, and every report points at an existing quote fact", () => {
    const arb = fc
      .array(articleArb, { minLength: 1, maxLength: 5 })
      .map(build)
      .chain((articles) => fc.tuple(fc.constant(articles), fc.shuffledSubarray(articles, { minLength: articles.length, maxLength: articles.length })));
    fc.assert(
      fc.property(arb, ([articles, shuffled]) => {
        const story = mergeStory("story", articles);
        expect(mergeStory("story", shuffled)).toEqual(story);
        storyFactsSchema.parse(story);
        const quotes = new Map(articles.flatMap((a) => a.facts.quotes.map((q) => [`${a.slug}/${q.id}`, q] as const)));
        const reported = story.quotes.flatMap((g) => g.reports);
        for (const report of reported) {
          const fact = quotes.get(`${report.slug}/${report.factId}`);
          expect(fact).toBeDefined();
          expect([report.text, report.start, report.end]).toEqual([fact!.text, fact!.start, fact!.end]);
        }
        // Every quote fact is reported exactly once.
        expect(reported.map((r) => `${r.slug}/${r.factId}`).sort()).toEqual([...quotes.keys()].sort());
        for (const conflict of story.conflicts) {
          const group = story.quotes.find((g) => g.id === conflict.quoteGroupId)!;
          expect(conflict.attributions.length).toBeGreaterThanOrEqual(2);
          for (const ref of conflict.attributions.flatMap((a) => a.articles)) {
            expect(group.reports.some((r) => r.slug === ref.slug && r.factId === ref.factId)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
