import { createClauseFinder } from "./clause-finder.ts";
import type { DateFact, NumberFact } from "./fact-schema.ts";
import { factId } from "./fact-id.ts";
import { moneyExtractor } from "./money-extractor.ts";
import { numberExtractor } from "./number-extractor.ts";
import type { ExtractionContext } from "./types.ts";

/**
 * Finds the quantities of the article. Steps, in this order:
 * 1. the number extractor finds numerals with what they count, and the
 *    money extractor sums of money ("$2.3 billion"), in text order;
 * 2. numbers inside a date ("March 18", "1945", "7:30 p.m.") are dropped,
 *    since the date stage already read them as dates, times or years;
 * 3. each kept number gets its id and clause.
 */
export function extractNumbers(context: ExtractionContext, dates: DateFact[]): NumberFact[] {
  const clauses = createClauseFinder(context.text);
  const sortedDates = [...dates].sort((a, b) => a.start - b.start);
  return [...numberExtractor.extract(context), ...moneyExtractor.extract(context)]
    .sort((a, b) => a.start - b.start)
    .filter((n) => !overlapsAny(sortedDates, n.start, n.end))
    .map((n) => ({
      ...n,
      id: factId("number", context.article, n.start, n.end),
      article: context.article,
      type: "number" as const,
      clause: clauses.clauseOf(n.start, n.end),
    }));
}

/** Binary search over dates sorted by start: whether any overlaps `[start, end)`. */
function overlapsAny(dates: DateFact[], start: number, end: number): boolean {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid].start < end) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) if (dates[i].end > start) return true;
  return false;
}
