import type { DateFact, NumberFact } from "./fact-schema.ts";
import type { ExtractionContext } from "./types.ts";

/** Placeholder until the number extractor lands. */
export function extractNumbers(_context: ExtractionContext, _dates: DateFact[]): NumberFact[] {
  return [];
}
