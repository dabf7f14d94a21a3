import { gazetteer } from "./gazetteer.ts";
import type { PlaceCandidate } from "./place-candidate.ts";
import { matchesOf } from "./regex-scan.ts";
import type { ExtractionContext, Extractor } from "./types.ts";
import { US_STATE_ABBREVIATIONS } from "./us-states.ts";

// "Grants Pass, Ore.", "SALEM, Ore.", "Boise, Idaho": one to three
// capitalised (or upper-case dateline) words, a comma, then a US state as AP
// abbreviates it or as a name the gazetteer knows as a region. The scan finds
// the comma and the state first, then reads the town backwards from it: one
// cheap pass, not one attempt per capitalised word.
const ABBREVIATIONS = [...US_STATE_ABBREVIATIONS.keys()].map((a) => a.replace(/\./g, "\\.").replace(/ /g, "\\s")).join("|");
const STATE_AFTER_COMMA = new RegExp(String.raw`,\s(${ABBREVIATIONS}|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)(?![\p{L}\p{M}])`, "gu");
const TOWN_BEFORE = /(?<![\p{L}\p{M}'’.-])((?:\p{Lu}[\p{L}\p{M}'’.-]*\s){0,2}\p{Lu}[\p{L}\p{M}'’-]*)$/u;
/** Words that open a sentence or name a person's title, never a town. */
const NOT_TOWN = new Set("The A An In On At From To For And But Sen Rep Gov Mayor President Mr Mrs Ms Dr".split(" "));

/**
 * A town named with its state, as US news writes it: the town is a place
 * whatever its size (the gazetteer lacks most), and the abbreviation is the
 * state. A full state name only counts when the gazetteer knows it as a
 * region, so "Smith, Jones" is nothing.
 */
export const cityStatePlaceExtractor: Extractor<PlaceCandidate> = {
  name: "city-state",
  extract(context: ExtractionContext): PlaceCandidate[] {
    const { text } = context;
    const out: PlaceCandidate[] = [];
    for (const m of matchesOf(STATE_AFTER_COMMA, text)) {
      const written = m[1];
      const abbreviated = US_STATE_ABBREVIATIONS.get(written.replace(/\s+/g, " "));
      const region = abbreviated === undefined ? gazetteer().lookup(written) : undefined;
      const state = abbreviated ?? (region?.kind === "region" ? region.canonical : undefined);
      if (state === undefined) continue;
      const before = TOWN_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index));
      if (!before) continue;
      const words = before[1].split(/\s/);
      while (words.length && NOT_TOWN.has(words[0].replace(/\.$/, ""))) words.shift();
      if (!words.length) continue;
      const town = words.join(" ");
      const townStart = m.index - town.length;
      const upper = town === town.toUpperCase();
      const spelled = upper ? town.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase()) : town;
      const known = gazetteer().lookup(spelled);
      // "Texas, Ohio and Georgia": a list of states, not a town in one.
      if (known === undefined || known.kind === "city") {
        out.push({ start: townStart, end: townStart + town.length, text: town, canonical: known?.canonical ?? spelled, kind: "city", confidence: 0.95, source: upper ? "dateline" : "city-state" });
      }
      const stateStart = m.index + m[0].length - written.length;
      out.push({ start: stateStart, end: m.index + m[0].length, text: written, canonical: state, kind: "region", confidence: 0.9, source: "city-state" });
    }
    return out;
  },
};
