import { isDemonym } from "./demonyms.ts";
import { gazetteer } from "./gazetteer.ts";
import type { PlaceCandidate } from "./place-candidate.ts";
import { matchesOf } from "./regex-scan.ts";
import type { ExtractionContext, Extractor } from "./types.ts";

// "Kursk region", "Western Kursk region", "Donetsk Oblast", "Idlib province":
// up to three capitalised words before an administrative head noun.
// The head noun is found first and the name read backwards from it: one
// pass over the body instead of one attempt per capitalised word.
const REGION = new RegExp(
  String.raw`\b(region|oblast|Oblast|province|Province|governorate|Governorate|prefecture|Prefecture|county|County|district|krai|Krai)\b`,
  "gu",
);
const NAME_BEFORE = /(?<![\p{L}\d'’-])((?:\p{Lu}[\p{L}'’-]*\s){0,2}\p{Lu}[\p{L}'’-]*)\s$/u;
/** Compass words that describe where in a region, not its name. */
const COMPASS = /^(?:Western|Eastern|Northern|Southern|Central|North|South|East|West|Northeastern|Northwestern|Southeastern|Southwestern)$/;
const DETERMINERS = new Set("The A This That Its Their".split(" "));

/**
 * Administrative regions named by a pattern rather than the gazetteer:
 * "Russia’s Western Kursk region" → Kursk. The place is the name without the
 * compass word or the head noun, so it groups with bare mentions ("Kursk").
 */
export const regionPlaceExtractor: Extractor<PlaceCandidate> = {
  name: "region",
  extract(context: ExtractionContext): PlaceCandidate[] {
    const { text } = context;
    const out: PlaceCandidate[] = [];
    for (const m of matchesOf(REGION, text)) {
      const before = NAME_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index));
      if (!before) continue;
      const words = before[1].split(/\s/);
      while (words.length && (COMPASS.test(words[0]) || DETERMINERS.has(words[0]) || /['’]s$/.test(words[0]))) words.shift();
      if (!words.length || words.some((w) => isDemonym(w) && !/ia$/.test(w))) continue;
      const name = words.join(" ");
      const start = m.index - 1 - name.length;
      // Above the gazetteer's confidence: the head noun says it is a region even where the name is also a city.
      const canonical = gazetteer().lookup(name)?.canonical ?? name;
      out.push({ start, end: start + name.length, text: name, canonical, kind: "region", confidence: 0.95, source: "region" });
    }
    return out;
  },
};
