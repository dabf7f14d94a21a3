import { anaphoricDateExtractor } from "./anaphoric-date-extractor.ts";
import { bareTimeRefiner } from "./bare-time-refiner.ts";
import { createClauseFinder } from "./clause-finder.ts";
import { dateAnchorRefiner } from "./date-anchor-refiner.ts";
import type { DateCandidate } from "./date-candidate.ts";
import type { DateFact, QuoteFact } from "./fact-schema.ts";
import { factId } from "./fact-id.ts";
import { isoDateExtractor } from "./iso-date-extractor.ts";
import { monthNameDateExtractor } from "./month-name-date-extractor.ts";
import { overlapRefiner } from "./overlap-refiner.ts";
import { relativeDateExtractor } from "./relative-date-extractor.ts";
import { reportedSpeechRefiner } from "./reported-speech-refiner.ts";
import { tenseRefiner } from "./tense-refiner.ts";
import { timeDateExtractor } from "./time-date-extractor.ts";
import type { ExtractionContext, Extractor, Refiner } from "./types.ts";
import { weekdayDateExtractor } from "./weekday-date-extractor.ts";
import { yearDateExtractor } from "./year-date-extractor.ts";

/** Every date extractor; each finds one way of writing a date. Order does not matter. */
const EXTRACTORS: Extractor<DateCandidate>[] = [
  isoDateExtractor,
  monthNameDateExtractor,
  weekdayDateExtractor,
  relativeDateExtractor,
  yearDateExtractor,
  timeDateExtractor,
  anaphoricDateExtractor,
];

/**
 * Finds every date of the article with its calendar value and clause.
 * Refiners, in this order:
 * 1. overlap first, so that "7:30 p.m. Tuesday IST" and "March 2022" win
 *    over the time and the year inside them before anything is resolved;
 * 2. bare-time next, dropping a clock time whose sentence names its day;
 * 3. tense, resolving every relative date against the publication day;
 * 4. date-anchor, counting "the following day" from the day told before it;
 * 5. reported-speech last, because it needs the speech verbs' dates from
 *    steps 3 and 4 to re-resolve "tomorrow" inside a quote against when it was said.
 * Works with or without the quote extractor's quotes.
 */
export function extractDates(context: ExtractionContext, quotes: QuoteFact[]): DateFact[] {
  const clauses = createClauseFinder(context.text);
  const refiners: Refiner<DateCandidate>[] = [
    overlapRefiner<DateCandidate>(),
    bareTimeRefiner(clauses),
    tenseRefiner(clauses),
    dateAnchorRefiner(clauses),
    reportedSpeechRefiner(clauses, quotes),
  ];
  let results = EXTRACTORS.flatMap((e) => e.extract(context));
  for (const refiner of refiners) results = refiner.refine(context, results);
  return results
    .filter((r) => r.value !== null || r.granularity === "vague")
    .map((r) => ({
      id: factId("date", context.article, r.start, r.end),
      article: context.article,
      type: "date" as const,
      start: r.start,
      end: r.end,
      text: r.text,
      confidence: r.value === null ? Math.min(r.confidence, 0.5) : r.confidence,
      value: r.value,
      granularity: r.value === null ? "vague" : r.granularity,
      clause: clauses.clauseOf(r.start, r.end),
    }));
}
