import { gazetteer } from "./gazetteer.ts";
import type { PlaceCandidate } from "./place-candidate.ts";
import type { ExtractionContext, Extractor } from "./types.ts";

// A capitalised word, keeping inner dots of abbreviations ("U.S.") and a
// final dot only after one ("U.S." but not "Ukraine."). The capital comes
// before the lookbehind (which checks the character before it) so that the
// scan tests the cheap class first at every position.
const CAPITALISED = /\p{Lu}(?<![\p{L}\p{M}\d]\p{Lu})(?:[\p{L}\p{M}'’-]|\.(?=\p{Lu}))*(?:(?<=\.\p{Lu})\.)?/gu;
const CITY_AFTER = /^[ \u00a0]City\b/;
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
      // A span of more words than the longest name starting with this word can never be a name.
      let words = gaz.longestStartingWith(first);
      if (words === 0) {
        const bare = withoutEnding(first, false);
        if (bare === first || !gaz.startsName(bare)) continue;
        words = 1;
      }
      const ends = [m.index + first.length];
      let cursor = ends[0];
      while (ends.length < words) {
        const next = NEXT_WORD.exec(text.slice(cursor, cursor + 40));
        if (!next) break;
        cursor += next[0].length;
        ends.push(cursor);
      }
      for (let k = ends.length - 1; k >= 0; k--) {
        const found = longestName(text, m.index, ends[k], gaz.lookup);
        if (!found) continue;
        const city = CITY_AFTER.exec(text.slice(found.end, found.end + 6));
        if (city && found.entry.kind !== "city") {
          // "Gaza City", "Kuwait City": a city named after its region or country, which sources often lack.
          const end = found.end + city[0].length;
          out.push({ start: m.index, end, text: text.slice(m.index, end), canonical: text.slice(m.index, found.end) + " City", kind: "city", confidence: 0.9, source: "gazetteer" });
          CAPITALISED.lastIndex = end;
          break;
        }
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
    const shorter = withoutEnding(raw, true);
    if (shorter === raw) return undefined;
    raw = shorter;
  }
  return undefined;
}

/**
 * `word` without a final possessive "’s"/"'s" or, when `punctuation` is set,
 * without one final ".,;:" (the possessive wins, as in the pattern
 * `['’]s$|[.,;:]$`); `word` itself when neither ends it. Char codes, not a
 * regex: this runs for every capitalised word of the body.
 */
function withoutEnding(word: string, punctuation: boolean): string {
  const n = word.length;
  const last = word.charCodeAt(n - 1);
  if (last === 115 && n >= 2) {
    const before = word.charCodeAt(n - 2);
    if (before === 39 || before === 0x2019) return word.slice(0, n - 2);
  }
  if (punctuation && (last === 46 || last === 44 || last === 59 || last === 58)) return word.slice(0, n - 1);
  return word;
}
