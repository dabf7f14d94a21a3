import { surnameOf } from "../text/name-parts.ts";
import type { PersonFact } from "./fact-schema.ts";
import { factId } from "./fact-id.ts";
import type { NameCandidate } from "./person-extractor.ts";
import { callsByGivenName } from "./given-name-reference.ts";
import type { TextDocument } from "./text-document.ts";
import type { ExtractionContext } from "./types.ts";

/** One mention of a person, by word index, for the speaker lookups. */
export interface PersonMention {
  start: number;
  end: number;
  first: number;
  last: number;
  person: number;
}

/** The people of an article plus a word-indexed map of their mentions. */
export interface PeopleIndex {
  people: PersonFact[];
  genders: ("male" | "female" | null)[];
  mentions: PersonMention[];
  /** Mention index for each word that ends a mention, else -1. */
  mentionEndingAt: Int32Array;
  /** Mention index for each word that starts a mention, else -1. */
  mentionStartingAt: Int32Array;
}

interface Draft {
  surname: string;
  given: string | null;
  forms: string[];
  roles: string[];
  mentions: PersonMention[];
  strong: boolean;
  gender: "male" | "female" | null;
}

/**
 * Merges name candidates into people. Names with evidence found people in
 * text order; any other name whose surname matches one of them (a surname
 * alone, a possessive) becomes a further mention. Surnames match when equal
 * or close in spelling ("Zelensky", "Zelenskyy", "Zelenksy"); given names,
 * when both present, must agree, so two people sharing a surname stay two.
 * The canonical name is the fullest form seen.
 */
export function mergePeople(context: ExtractionContext, doc: TextDocument, names: readonly NameCandidate[]): PeopleIndex {
  const drafts: Draft[] = [];
  // Similar surnames share their first letter, so each lookup only visits one bucket.
  const buckets = new Map<string, number[]>();
  const assigned = new Set<NameCandidate>();
  // Drafts by given name, for people called by their first name once introduced.
  const byGiven = new Map<string, number[]>();
  const noteGiven = (d: number) => {
    const given = drafts[d].given;
    if (given !== null && !(byGiven.get(given) ?? []).includes(d)) byGiven.set(given, [...(byGiven.get(given) ?? []), d]);
  };
  const find = (name: NameCandidate, atMention: number) => {
    const found = findBySurname(name, atMention);
    if (found >= 0 || !callsByGivenName(doc, name)) return found;
    const same = byGiven.get(key(name.tokens[0])) ?? [];
    return same.length === 1 ? same[0] : -1;
  };
  const findBySurname = (name: NameCandidate, atMention: number) => {
    const surname = key(surnameOf(name.tokens));
    const given = name.tokens.length >= 2 ? key(name.tokens[0]) : null;
    let best = -1;
    let bestScore = -1;
    for (const d of buckets.get(surname[0]) ?? []) {
      const draft = drafts[d];
      if (!similarSurnames(draft.surname, surname) || !compatibleGiven(draft.given, given)) continue;
      const lastSeen = draft.mentions.length ? draft.mentions[draft.mentions.length - 1].start : 0;
      const score = (draft.surname === surname ? 2 : 0) + (draft.given !== null && draft.given === given ? 4 : 0) + (lastSeen < atMention ? lastSeen / (atMention + 1) : 0);
      if (score > bestScore) { bestScore = score; best = d; }
    }
    return best;
  };
  const add = (d: number, name: NameCandidate) => {
    const draft = drafts[d];
    const first = doc.words[name.first], last = doc.words[name.last];
    draft.mentions.push({ start: first.start, end: last.end, first: name.first, last: name.last, person: d });
    const form = doc.text.slice(first.start, last.end);
    if (!draft.forms.includes(form)) draft.forms.push(form);
    if (name.role && !draft.roles.includes(name.role.text)) draft.roles.push(name.role.text);
    if (draft.given === null && name.tokens.length >= 2) draft.given = key(name.tokens[0]);
    draft.strong ||= name.strong;
    draft.gender ??= name.gender;
    noteGiven(d);
    assigned.add(name);
  };
  for (const name of names) {
    if (!name.evidence) continue;
    const start = doc.words[name.first].start;
    let d = find(name, start);
    if (d < 0) {
      d = drafts.length;
      const surname = key(surnameOf(name.tokens));
      buckets.set(surname[0], [...(buckets.get(surname[0]) ?? []), d]);
      drafts.push({ surname, given: name.tokens.length >= 2 ? key(name.tokens[0]) : null, forms: [], roles: [], mentions: [], strong: false, gender: null });
    }
    add(d, name);
  }
  for (const name of names) {
    if (assigned.has(name)) continue;
    const d = find(name, doc.words[name.first].start);
    if (d >= 0) add(d, name);
  }
  return buildIndex(context, doc, drafts);
}

/** Turns drafts into person facts and the word-indexed mention maps. */
function buildIndex(context: ExtractionContext, doc: TextDocument, drafts: Draft[]): PeopleIndex {
  const people: PersonFact[] = [];
  const mentions: PersonMention[] = [];
  const genders: ("male" | "female" | null)[] = [];
  for (const draft of drafts) {
    draft.mentions.sort((a, b) => a.start - b.start);
    const name = draft.forms.reduce((best, f) => (words(f) > words(best) ? f : best), draft.forms[0]);
    const surname = surnameOf(name.split(/\s+/));
    const aliases = draft.forms.filter((f) => f !== name);
    if (surname !== name && !aliases.includes(surname)) aliases.push(surname);
    const first = draft.mentions[0];
    const p = people.length;
    for (const m of draft.mentions) mentions.push({ ...m, person: p });
    genders.push(draft.gender);
    people.push({
      id: factId("person", context.article, first.start, first.end),
      article: context.article,
      type: "person",
      start: first.start,
      end: first.end,
      text: doc.text.slice(first.start, first.end),
      confidence: draft.strong ? 0.9 : 0.7,
      name,
      aliases,
      roles: draft.roles,
      mentions: draft.mentions.map((m) => ({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) })),
    });
  }
  mentions.sort((a, b) => a.start - b.start);
  const mentionEndingAt = new Int32Array(doc.words.length).fill(-1);
  const mentionStartingAt = new Int32Array(doc.words.length).fill(-1);
  mentions.forEach((m, k) => { mentionEndingAt[m.last] = k; mentionStartingAt[m.first] = k; });
  return { people, genders, mentions, mentionEndingAt, mentionStartingAt };
}

const words = (s: string) => s.split(/\s+/).length;

const keys = new Map<string, string>();
/**
 * Lower case without accents or a trailing period, for comparing name
 * spellings. Cached like skeletons: Unicode normalisation is slow and the
 * same few names come back in every mention.
 */
function key(s: string): string {
  let k = keys.get(s);
  if (k === undefined) {
    k = s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\.$/, "");
    if (keys.size > 10_000) keys.clear();
    keys.set(s, k);
  }
  return k;
}

/** Given names agree when either is missing, they are equal, or one is the other's initial. */
function compatibleGiven(a: string | null, b: string | null): boolean {
  if (a === null || b === null || a === b) return true;
  return (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

/**
 * Surnames match when equal, or, for names of five letters or more with the
 * same first letter, when one edit or swap apart (two for long names), or
 * when their consonant skeletons agree: transliteration variants.
 */
export function similarSurnames(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5 || a[0] !== b[0] || Math.abs(a.length - b.length) > 2) return false;
  if (skeleton(a) === skeleton(b)) return true;
  // Every mention is compared with every person of its letter: remember each pair's distance check.
  const pair = `${a}\u0000${b}`;
  let close = closePairs.get(pair);
  if (close === undefined) {
    const limit = a.length >= 8 && b.length >= 8 ? 2 : 1;
    close = editDistance(a, b, limit) <= limit;
    if (closePairs.size > 10_000) closePairs.clear();
    closePairs.set(pair, close);
  }
  return close;
}

const closePairs = new Map<string, boolean>();

const skeletons = new Map<string, string>();
/** The consonants of a name with doubled letters collapsed ("zlnsk" for every spelling of Zelensky). */
function skeleton(s: string): string {
  let k = skeletons.get(s);
  if (k === undefined) {
    k = s.replace(/[aeiouy]/g, "").replace(/(.)\1+/g, "$1");
    if (skeletons.size > 10_000) skeletons.clear();
    skeletons.set(s, k);
  }
  return k;
}

/** Damerau-Levenshtein distance (adjacent swaps count one), stopping early once above `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push(new Array<number>(b.length + 1).fill(0));
    rows[i][0] = i;
  }
  for (let j = 0; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2][j - 2] + 1);
      rows[i][j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > limit) return limit + 1;
  }
  return rows[a.length][b.length];
}
