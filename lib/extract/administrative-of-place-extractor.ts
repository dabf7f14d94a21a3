import { gazetteer } from "./gazetteer.ts";
import type { PlaceKind } from "./fact-schema.ts";
import type { PlaceCandidate } from "./place-candidate.ts";
import { matchesOf } from "./regex-scan.ts";
import type { ExtractionContext, Extractor } from "./types.ts";

// "the canton of Valais", "the London boroughs of Haringey and Lewisham",
// "the town of Mato Grosso do Sul": a lowercase administrative noun, "of",
// then one or two names (capitalised words, with the particles of Romance
// place names between them). The noun is lowercase, so "the State of the
// Union" and "Bank of England" are not read here.
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?:\s(?:(?:de|do|da|dos|das|del|di|la|le|el|al|upon|on)\s)?\p{Lu}[\p{L}\p{M}'’-]*){0,3}`;
const OF_PLACE = new RegExp(
  String.raw`\b(city|town|village|borough|boroughs|canton|cantons|province|provinces|state|states|county|counties|region|regions|district|districts|municipality|island|islands|port)\sof\s(${NAME})(?:,?\s(?:and|or)\s(${NAME}))?`,
  "gu",
);
const MONTHS_DAYS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/**
 * Places named after an administrative noun and "of", which says what they
 * are even when no gazetteer lists them. A name the gazetteer knows keeps
 * its canonical form, so it groups with its bare mentions.
 */
export const administrativeOfPlaceExtractor: Extractor<PlaceCandidate> = {
  name: "administrative-of",
  extract(context: ExtractionContext): PlaceCandidate[] {
    const { text } = context;
    const out: PlaceCandidate[] = [];
    for (const m of matchesOf(OF_PLACE, text)) {
      const kind: PlaceKind = /^(?:city|town|village|port)$/.test(m[1]) ? "city" : "region";
      const first = m.index + m[0].indexOf(m[2], m[1].length + 4);
      add(out, text, first, m[2], kind);
      if (m[3] !== undefined) add(out, text, m.index + m[0].length - m[3].length, m[3], kind);
    }
    return out;
  },
};

function add(out: PlaceCandidate[], text: string, start: number, name: string, kind: PlaceKind): void {
  if (MONTHS_DAYS.test(name)) return;
  const known = gazetteer().lookup(name);
  out.push({ start, end: start + name.length, text: name, canonical: known?.canonical ?? name, kind: known?.kind ?? kind, confidence: 0.95, source: "administrative-of" });
}
