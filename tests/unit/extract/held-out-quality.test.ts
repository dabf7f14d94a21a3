import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { extractFacts } from "../../../lib/extract/pipeline.ts";

/**
 * A regression gate on the invented articles in tests/fixtures/unseen*: they
 * were annotated before the extractor ran on them and stand in for news from
 * other outlets and years. Matching follows ../shared/eval/score.mjs (token
 * F1 ≥ 0.8 for quotes, the speaker's last capitalised name word, span
 * containment for dates and places) so the figures agree with the scorer.
 */
interface Gold {
  article: string;
  published: string;
  quotes: { speaker: string | null; text: string }[];
  people: { name: string }[];
  places: string[];
  dates: { text: string; value: string }[];
}

const fold = (s: string) => s.normalize("NFKC").replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').toLowerCase();
const tokens = (s: string): string[] => fold(s).match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
function tokenF1(a: string, b: string): number {
  const ta = tokens(a);
  const bag = new Map<string, number>();
  for (const t of tokens(b)) bag.set(t, (bag.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) if ((bag.get(t) ?? 0) > 0) (common++, bag.set(t, bag.get(t)! - 1));
  const total = tokens(b).length;
  return common && ta.length && total ? (2 * (common / ta.length) * (common / total)) / (common / ta.length + common / total) : 0;
}
const sameSpeaker = (predicted: string | null, gold: string) => {
  const key = (gold.split(",")[0]!.match(/[A-Z][\p{L}'’-]*/gu) ?? []).pop() ?? gold;
  return tokens(predicted ?? "").includes(tokens(key)[0] ?? "\u0000");
};
const contains = (a: string, b: string) => fold(a).includes(fold(b)) || fold(b).includes(fold(a));

function score(dir: string) {
  const root = join(import.meta.dirname, "../../fixtures", dir);
  const totals = { named: 0, right: 0, people: 0, peopleFound: 0, dates: 0, datesRight: 0, places: 0, placesFound: 0 };
  for (const file of readdirSync(join(root, "gold")).filter((f) => f.endsWith(".gold.json"))) {
    const gold = JSON.parse(readFileSync(join(root, "gold", file), "utf8")) as Gold;
    const facts = extractFacts(readFileSync(join(root, gold.article), "utf8"), { article: gold.article, published: gold.published });
    const used = new Set<number>();
    for (const g of gold.quotes) {
      const best = facts.quotes.map((q, i) => [i, used.has(i) ? 0 : tokenF1(q.text, g.text)] as const).sort((a, b) => b[1] - a[1])[0];
      if (!g.speaker) continue;
      totals.named++;
      if (best && best[1] >= 0.8) {
        used.add(best[0]);
        if (sameSpeaker(facts.quotes[best[0]]!.speaker.name, g.speaker)) totals.right++;
      }
    }
    totals.people += gold.people.length;
    totals.peopleFound += gold.people.filter((g) => facts.people.some((p) => sameSpeaker(p.name, g.name))).length;
    totals.dates += gold.dates.length;
    totals.datesRight += gold.dates.filter((g) => facts.dates.some((d) => contains(d.text, g.text) && d.value === g.value)).length;
    totals.places += gold.places.length;
    totals.placesFound += gold.places.filter((g) => facts.places.some((p) => contains(p.name, g))).length;
  }
  const ratio = (a: number, b: number) => (b ? a / b : 1);
  return {
    quoteRecall: ratio(totals.right, totals.named),
    peopleRecall: ratio(totals.peopleFound, totals.people),
    dateRecall: ratio(totals.datesRight, totals.dates),
    placeRecall: ratio(totals.placesFound, totals.places),
  };
}

/**
 * Floors for tests/fixtures/unseen-places, a little under what was measured
 * (dates 0.963 when it was added; places 0.950 with towns known from
 * context; quotes 1.000 and people 0.952 with names known from context):
 * raise them when the extractor improves, never lower them to make a
 * change pass.
 */
const PLACES_MIN = 0.92;
const DATES_MIN = 0.93;
const QUOTES_MIN = 0.97;
const PEOPLE_MIN = 0.93;

/**
 * Floors for the two sets written for issues 11 and 12, a little under what
 * was measured when they were last raised (unseen-quiz: speakers right 0.873,
 * people 0.911, dates 0.925, places 0.783; unseen-speakers, the hard cases of
 * issue 12 — joint speakers, posts and letters, French, acronyms: speakers
 * right 0.541, people 0.887, dates 0.713, places 0.732). Raise, never lower.
 */
const DEV_FLOORS = {
  "unseen-quiz": { quoteRecall: 0.85, peopleRecall: 0.89, dateRecall: 0.9, placeRecall: 0.76 },
  "unseen-speakers": { quoteRecall: 0.52, peopleRecall: 0.86, dateRecall: 0.69, placeRecall: 0.71 },
} as const;

describe("quality on held-out invented articles", () => {
  test.each(Object.entries(DEV_FLOORS))("speakers, people, dates and places (tests/fixtures/%s)", (dir, floors) => {
    const s = score(dir);
    for (const [measure, floor] of Object.entries(floors)) expect(s[measure as keyof typeof s], measure).toBeGreaterThanOrEqual(floor);
  });

  test("quotes and people (tests/fixtures/unseen)", () => {
    const s = score("unseen");
    expect(s.quoteRecall).toBeGreaterThanOrEqual(0.97);
    expect(s.peopleRecall).toBeGreaterThanOrEqual(0.97);
  });

  test("dates and places (tests/fixtures/unseen-dates)", () => {
    const s = score("unseen-dates");
    expect(s.dateRecall).toBeGreaterThanOrEqual(0.95);
    expect(s.placeRecall).toBeGreaterThanOrEqual(0.96);
  });

  test("places and dates in new styles (tests/fixtures/unseen-places)", () => {
    const s = score("unseen-places");
    expect(s.placeRecall).toBeGreaterThanOrEqual(PLACES_MIN);
    expect(s.dateRecall).toBeGreaterThanOrEqual(DATES_MIN);
    expect(s.quoteRecall).toBeGreaterThanOrEqual(QUOTES_MIN);
    expect(s.peopleRecall).toBeGreaterThanOrEqual(PEOPLE_MIN);
  });
});
