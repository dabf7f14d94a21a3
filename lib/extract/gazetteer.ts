import type { PlaceKind } from "./fact-schema.ts";
import {
  CITY_DOMAINS, CITY_NAMES, CONTINENT_NAMES, COUNTRY_CODES, COUNTRY_DOMAINS, COUNTRY_NAMES, REGION_DOMAINS, REGION_NAMES, SITE_NAMES, WATER_NAMES,
} from "./gazetteer-data.ts";

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
  /**
   * Words in the longest name that starts with this word, 0 when none does:
   * a scan need not read further words than that, since a longer span can
   * never be a name.
   */
  longestStartingWith(word: string): number;
  readonly maxWords: number;
  /**
   * The domain a place belongs to, for choosing comparable places: a city's
   * or region's country (ISO code), a country's continent code. Undefined
   * when the sources do not say or the name is not of that kind.
   */
  domainOf(canonical: string, kind: PlaceKind): string | undefined;
  /** Canonical names of one kind in one domain, largest cities first; for a country name, its cities' and regions' domain code. */
  namesInDomain(kind: PlaceKind, domain: string): readonly string[];
  /** A country's ISO code, the domain of its cities and regions. */
  countryCode(canonical: string): string | undefined;
}

let cached: Gazetteer | undefined;

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * `name` without accents: "São Paulo" → "Sao Paulo". Sources and writers
 * disagree on accents ("Zürich", "Zurich"), so both forms of every name are
 * known and an accented spelling the sources lack still finds its place.
 */
function foldAccents(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "");
}

const SKETCH_SIZE = 1 << 16;
/**
 * A slot from a word's length and first two characters. Every first word of
 * a name marks its slot, so an unmarked slot proves no name starts with the
 * word; a marked one may be a collision and is checked in the map.
 */
const sketchSlot = (word: string) =>
  (word.length * 0x9e3 + word.charCodeAt(0) * 0x3b + (word.length > 1 ? word.charCodeAt(1) : 0)) & (SKETCH_SIZE - 1);

/**
 * The gazetteer built from `gazetteer-data.ts`, once per process. Countries
 * win over cities and regions of the same name ("Georgia", "Luxembourg").
 */
export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const names = new Map<string, GazetteerEntry>();
  const firstWords = new Map<string, number>();
  const sketch = new Uint8Array(SKETCH_SIZE);
  let maxWords = 1;
  const add = (name: string, canonical: string, kind: PlaceKind) => {
    if (names.has(name)) return;
    names.set(name, { canonical, kind });
    const words = name.split(" ");
    firstWords.set(words[0], Math.max(firstWords.get(words[0]) ?? 0, words.length));
    sketch[sketchSlot(words[0])] = 1;
    maxWords = Math.max(maxWords, words.length);
  };
  const load = (block: string, kind: PlaceKind) => {
    for (const line of block.split("\n")) {
      const [canonical, ...aliases] = line.split("|");
      for (const written of [canonical, ...aliases]) {
        add(written, canonical, kind);
        add(foldAccents(written), canonical, kind);
      }
    }
  };
  load(COUNTRY_NAMES, "country");
  load(CONTINENT_NAMES, "continent");
  load(WATER_NAMES, "water");
  load(REGION_NAMES, "region");
  load(CITY_NAMES, "city");
  load(SITE_NAMES, "site");
  const domains = new Map<string, string>();
  const members = new Map<string, string[]>();
  const codes = new Map<string, string>();
  const loadDomains = (block: string, kind: PlaceKind, letters: string, into: Map<string, string>, listed: boolean) => {
    block.split("\n").forEach((line, i) => {
      const code = letters.slice(2 * i, 2 * i + 2);
      if (!/^[A-Z]{2}$/.test(code)) return;
      const canonical = line.split("|")[0]!;
      into.set(`${kind}:${canonical}`, code);
      if (listed) members.set(`${kind}:${code}`, [...(members.get(`${kind}:${code}`) ?? []), canonical]);
    });
  };
  loadDomains(COUNTRY_NAMES, "country", COUNTRY_DOMAINS, domains, true);
  loadDomains(CITY_NAMES, "city", CITY_DOMAINS, domains, true);
  loadDomains(REGION_NAMES, "region", REGION_DOMAINS, domains, true);
  loadDomains(COUNTRY_NAMES, "country", COUNTRY_CODES, codes, false);
  const longest = (word: string) => (sketch[sketchSlot(word)] === 0 ? 0 : firstWords.get(word) ?? 0);
  cached = {
    lookup: (name) => names.get(name) ?? (NON_ASCII.test(name) ? names.get(foldAccents(name)) : undefined),
    startsName: (word) => firstWords.has(word) || (NON_ASCII.test(word) && firstWords.has(foldAccents(word))),
    // Most capitalised words start no name: the sketch says so without hashing the word.
    longestStartingWith: (word) => longest(word) || (NON_ASCII.test(word) ? longest(foldAccents(word)) : 0),
    maxWords,
    domainOf: (canonical, kind) => domains.get(`${kind}:${canonical}`),
    namesInDomain: (kind, domain) => members.get(`${kind}:${domain}`) ?? [],
    countryCode: (canonical) => codes.get(`country:${canonical}`),
  };
  return cached;
}
