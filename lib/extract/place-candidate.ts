import type { PlaceKind } from "./fact-schema.ts";

/** One mention of a place, before mentions of the same place are grouped. */
export interface PlaceCandidate {
  start: number;
  end: number;
  text: string;
  /** Gazetteer canonical name ("United States" for "U.S."), or the text for sites. */
  canonical: string;
  kind: PlaceKind;
  confidence: number;
  /** Extractor name, for debug output. */
  source: string;
}
