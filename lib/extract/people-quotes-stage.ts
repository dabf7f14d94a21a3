import type { PersonFact, QuoteFact } from "./fact-schema.ts";
import type { ExtractionContext } from "./types.ts";

/** Placeholder until the quote and people extractors land. */
export function extractPeopleAndQuotes(_context: ExtractionContext): { people: PersonFact[]; quotes: QuoteFact[] } {
  return { people: [], quotes: [] };
}
