import type { PersonFact, PlaceFact } from "./fact-schema.ts";
import type { ExtractionContext } from "./types.ts";

/** Placeholder until the place extractors land. */
export function extractPlaces(_context: ExtractionContext, _people: PersonFact[]): PlaceFact[] {
  return [];
}
