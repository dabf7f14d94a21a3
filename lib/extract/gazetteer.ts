import type { PlaceKind } from "./fact-schema.ts";
import { CITY_NAMES, CONTINENT_NAMES, COUNTRY_NAMES, REGION_NAMES, WATER_NAMES } from "./gazetteer-data.ts";

/** What the gazetteer knows of one written name. */
export interface GazetteerEntry {
  canonical: string;
  kind: PlaceKind;
}

/** Place names by their exact written form, and the longest name in words. */
export interface Gazetteer {
  lookup(name: string): GazetteerEntry | undefined;
  /** Whether any name starts with this word: a cheap first test while scanning. */
  startsName(word: string): boolean;
  readonly maxWords: number;
}

let cached: Gazetteer | undefined;

/**
 * The gazetteer built from `gazetteer-data.ts`, once per process. Countries
 * win over cities and regions of the same name ("Georgia", "Luxembourg").
 */
export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const names = new Map<string, GazetteerEntry>();
  const firstWords = new Set<string>();
  let maxWords = 1;
  const load = (block: string, kind: PlaceKind) => {
    for (const line of block.split("\n")) {
      const [canonical, ...aliases] = line.split("|");
      for (const name of [canonical, ...aliases]) {
        if (names.has(name)) continue;
        names.set(name, { canonical, kind });
        const words = name.split(" ");
        firstWords.add(words[0]);
        maxWords = Math.max(maxWords, words.length);
      }
    }
  };
  load(COUNTRY_NAMES, "country");
  load(CONTINENT_NAMES, "continent");
  load(WATER_NAMES, "water");
  load(REGION_NAMES, "region");
  load(CITY_NAMES, "city");
  cached = { lookup: (name) => names.get(name), startsName: (word) => firstWords.has(word), maxWords };
  return cached;
}
