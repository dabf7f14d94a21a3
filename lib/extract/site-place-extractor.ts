import { isDemonym } from "./demonyms.ts";
import { gazetteer } from "./gazetteer.ts";
import type { PlaceCandidate } from "./place-candidate.ts";
import { matchesOf } from "./regex-scan.ts";
import type { ExtractionContext, Extractor } from "./types.ts";

// One to four capitalised words, then a head noun naming a built site.
// Lowercase heads ("nuclear power plant") follow the name written lowercase;
// capitalised heads ("Center", "Airport") are part of the proper name.
// The head is found first and the name read backwards from it, so the scan
// costs one pass for the heads, not one attempt per capitalised word.
const SITE = new RegExp(
  String.raw`(?<=[\p{L}'’-]\s)(nuclear\s(?:power\s)?(?:plant|station)|power\s(?:plant|station)|hydroelectric\sdam|dam|airport|air\sbase|naval\sbase|refinery|port|hospital|refugee\scamp|` +
    String.raw`Center|Centre|Airport|Square|Stadium|Arena|Bridge|Palace|Cathedral|Mosque|Temple|Hospital|Park|Dam|Plant|Station|Airbase|Air\sBase|Naval\sBase|Base|Prison|Memorial|Monument|Castle|Tower|Plaza|Harbour|Harbor)\b`,
  "gu",
);
/** Lowercase heads that follow a town as often as a site's own name ("the Gaza hospital", "Al-Shifa hospital"). */
const TOWN_HEADS = /^(?:hospital|refugee\scamp)$/;
const NAME_BEFORE = /(?<![\p{L}\d'’-])((?:\p{Lu}[\p{L}'’-]*\s){0,3}\p{Lu}[\p{L}'’-]*)\s$/u;
/** Capitalised words that start a sentence or a name but never a site's own name. */
const NOT_SITE_NAME = new Set("The A An This That These Those Its Their His Her Our Ukraine’s Russia’s White Medical Data Community Research".split(" "));

/**
 * Named sites: "Zaporizhzhia nuclear power plant", "Kennedy Center",
 * "Tiananmen Square". The name is the span as written, since no gazetteer
 * lists sites. A demonym before the head ("the Ukrainian nuclear plant")
 * names no site.
 */
export const sitePlaceExtractor: Extractor<PlaceCandidate> = {
  name: "site",
  extract(context: ExtractionContext): PlaceCandidate[] {
    const { text } = context;
    const out: PlaceCandidate[] = [];
    for (const m of matchesOf(SITE, text)) {
      const name = NAME_BEFORE.exec(text.slice(Math.max(0, m.index - 80), m.index));
      if (!name) continue;
      const words = name[1].split(/\s/);
      while (words.length && (NOT_SITE_NAME.has(words[0]) || /['’]s$/.test(words[0]))) words.shift();
      if (!words.length || isDemonym(words[words.length - 1])) continue;
      // "the Kyiv hospital" is a hospital in Kyiv: a known place before such a head stays that place.
      if (TOWN_HEADS.test(m[1]) && gazetteer().lookup(words.join(" "))) continue;
      const start = m.index - 1 - words.join(" ").length;
      const end = m.index + m[0].length;
      const written = text.slice(start, end);
      out.push({ start, end, text: written, canonical: written.replace(/\s+/g, " "), kind: "site", confidence: 0.8, source: "site" });
    }
    return out;
  },
};
