import type { DateFact, QuoteFact } from "./fact-schema.ts";
import type { ExtractionContext } from "./types.ts";

/** Placeholder until the date extractors land. */
export function extractDates(_context: ExtractionContext, _quotes: QuoteFact[]): DateFact[] {
  return [];
}
