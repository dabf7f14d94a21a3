import { administrativeOfPlaceExtractor } from "./administrative-of-place-extractor.ts";
import { cityStatePlaceExtractor } from "./city-state-place-extractor.ts";
import { createClauseFinder } from "./clause-finder.ts";
import { contextualPlaceExtractor } from "./contextual-place-extractor.ts";
import type { PersonFact, PlaceFact } from "./fact-schema.ts";
import { datelinePlaceExtractor } from "./dateline-place-extractor.ts";
import { factId } from "./fact-id.ts";
import { featurePlaceExtractor } from "./feature-place-extractor.ts";
import { gazetteerPlaceExtractor } from "./gazetteer-place-extractor.ts";
import { overlapRefiner } from "./overlap-refiner.ts";
import type { PlaceCandidate } from "./place-candidate.ts";
import { placeMentionRefiner } from "./place-mention-refiner.ts";
import { regionPlaceExtractor } from "./region-place-extractor.ts";
import { sitePlaceExtractor } from "./site-place-extractor.ts";
import type { ExtractionContext, Extractor, Refiner } from "./types.ts";

/**
 * Place extractors: known names, named sites, "X region" patterns, rivers/mountains/streets, "Town, State", "the canton of X",
 * wire datelines, and last the weakest, small towns known only from "in/near/outside X" (confidence 0.7).
 */
const EXTRACTORS: Extractor<PlaceCandidate>[] = [
  gazetteerPlaceExtractor, sitePlaceExtractor, regionPlaceExtractor, featurePlaceExtractor, cityStatePlaceExtractor, administrativeOfPlaceExtractor,
  datelinePlaceExtractor, contextualPlaceExtractor,
];

/**
 * Finds the places of the article, one fact per place with every mention.
 * Steps, in this order:
 * 1. the extractors find candidate mentions;
 * 2. overlap keeps the longest, so a site ("Zaporizhzhia nuclear power
 *    plant") swallows the city name inside it;
 * 3. the mention refiner drops people, parts of names, country modifiers
 *    and titles; it runs after overlap so that a site is judged whole;
 * 4. mentions are grouped by canonical name into facts.
 * `people` may be empty (the people stage has not run): then only the
 * capitalisation rules guard against names like "Jordan Peterson".
 */
export function extractPlaces(context: ExtractionContext, people: PersonFact[]): PlaceFact[] {
  const refiners: Refiner<PlaceCandidate>[] = [overlapRefiner<PlaceCandidate>(), placeMentionRefiner(people)];
  let mentions = EXTRACTORS.flatMap((e) => e.extract(context));
  for (const refiner of refiners) mentions = refiner.refine(context, mentions);
  return groupMentions(context, mentions);
}

/**
 * One fact per canonical name. The fact's name is the canonical one when the
 * article writes it, else the article's most frequent spelling ("U.S."), so
 * that questions use the article's own words; `canonical` keeps the join key.
 */
function groupMentions(context: ExtractionContext, mentions: PlaceCandidate[]): PlaceFact[] {
  const clauses = createClauseFinder(context.text);
  const groups = new Map<string, PlaceCandidate[]>();
  for (const m of mentions) {
    const group = groups.get(m.canonical);
    if (group) group.push(m);
    else groups.set(m.canonical, [m]);
  }
  return [...groups.entries()].map(([canonical, group]) => {
    const first = group[0];
    const counts = new Map<string, number>();
    // A dateline's capitals ("WASHINGTON") are typography, not the article's spelling of the name.
    for (const m of group) if (m.source !== "dateline") counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
    const name = counts.has(canonical) ? canonical : counts.size === 0 ? datelineSpelling(group[0].text, canonical) : [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
    return {
      id: factId("place", context.article, first.start, first.end),
      article: context.article,
      type: "place" as const,
      start: first.start,
      end: first.end,
      text: first.text,
      confidence: Math.max(...group.map((m) => m.confidence)),
      name,
      canonical,
      kind: first.kind,
      mentions: group.map((m) => ({ start: m.start, end: m.end, text: m.text, clause: clauses.clauseOf(m.start, m.end) })),
    };
  });
}

/**
 * The name of a place the article writes only in a dateline: the canonical
 * name, unless the dateline leaves out its accents ("ZURICH" for "Zürich"),
 * in which case the article's own spelling in title case ("Zurich").
 */
function datelineSpelling(written: string, canonical: string): string {
  const titled = written.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  const plain = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "");
  return titled !== canonical && plain(canonical) === titled ? titled : canonical;
}
