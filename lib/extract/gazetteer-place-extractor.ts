import { gazetteer } from "./gazetteer.ts";
import type { PlaceCandidate } from "./place-candidate.ts";
import type { ExtractionContext, Extractor } from "./types.ts";

// A capitalised word, keeping inner dots of abbreviations ("U.S.") and a
// final dot only after one ("U.S." but not "Ukraine.").
const CAPITALISED = /(?<![\p{L}\p{M}\d])\p{Lu}(?:[\p{L}\p{M}'’-]|\.(?=\p{Lu}))*(?:(?<=\.\p{Lu})\.)?/gu;
const NEXT_WORD = /^[ \u00a0]([\p{L}\p{M}'’-]+(?:\.(?=\p{Lu})[\p{L}]+)*\.?)/u;

/**
 * Names from the gazetteer, longest first ("Saudi Arabia" before "Arabia",
 * "Gulf of Mexico" over "Mexico"). Only capitalised words are tried, and
 * only those that start some name, so the scan stays fast on long bodies.
 */
export const gazetteerPlaceExtractor: Extractor<PlaceCandidate> = {
  name: "gazetteer",
  extract(context: ExtractionContext): PlaceCandidate[] {
    const { text } = context;
    const gaz = gazetteer();
    const out: PlaceCandidate[] = [];
    CAPITALISED.lastIndex = 0;
    for (let m = CAPITALISED.exec(text); m; m = CAPITALISED.exec(text)) {
      const first = m[0];
      if (!gaz.startsName(first) && !gaz.startsName(first.replace(/['’]s$/, ""))) continue;
      const ends = [m.index + first.length];
      let cursor = ends[0];
      while (ends.length < gaz.maxWords) {
        const next = NEXT_WORD.exec(text.slice(cursor, cursor + 40));
        if (!next) break;
        cursor += next[0].length;
        ends.push(cursor);
      }
      for (let k = ends.length - 1; k >= 0; k--) {
        const found = longestName(text, m.index, ends[k], gaz.lookup);
        if (!found) continue;
        out.push({ start: m.index, end: found.end, text: text.slice(m.index, found.end), canonical: found.entry.canonical, kind: found.entry.kind, confidence: 0.9, source: "gazetteer" });
        CAPITALISED.lastIndex = found.end;
        break;
      }
    }
    return out;
  },
};

/** The span itself, or without a possessive or a final full stop, if it is a name. */
function longestName(text: string, start: number, end: number, lookup: ReturnType<typeof gazetteer>["lookup"]) {
  let raw = text.slice(start, end);
  for (let trim = 0; trim < 3; trim++) {
    const entry = lookup(raw);
    if (entry) return { entry, end: start + raw.length };
    const shorter = raw.replace(/['’]s$|[.,;:]$/, "");
    if (shorter === raw) return undefined;
    raw = shorter;
  }
  return undefined;
}
