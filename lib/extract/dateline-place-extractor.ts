import { gazetteer } from "./gazetteer.ts";
import type { PlaceCandidate } from "./place-candidate.ts";
import { matchesOf } from "./regex-scan.ts";
import type { ExtractionContext, Extractor } from "./types.ts";

// A wire dateline: up to four upper-case words opening a line, then a comma,
// an agency in brackets or a dash ("WASHINGTON (AP) —", "SAN JOSE, Calif. —").
// Fixed character classes and a bounded repeat: linear.
const DATELINE = /^[ \t]*([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})(?=,\s|\s\(|\s[\u2014\u2013-]\s|:\s)/gm;

/**
 * The city of a wire dateline, which news writes in capitals that the
 * gazetteer scan (a capital and then lower case) never reads. The words are
 * looked up in title case and kept only when the gazetteer knows them, so a
 * shouted headline word ("BREAKING:") is no place.
 */
export const datelinePlaceExtractor: Extractor<PlaceCandidate> = {
  name: "dateline",
  extract(context: ExtractionContext): PlaceCandidate[] {
    const { text } = context;
    const out: PlaceCandidate[] = [];
    for (const m of matchesOf(DATELINE, text)) {
      const entry = gazetteer().lookup(m[1].toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase()));
      if (!entry) continue;
      const start = m.index + m[0].length - m[1].length;
      out.push({ start, end: start + m[1].length, text: m[1], canonical: entry.canonical, kind: entry.kind, confidence: 0.9, source: "dateline" });
    }
    return out;
  },
};
