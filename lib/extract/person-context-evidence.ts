import { surnameOf } from "../text/name-parts.ts";
import { CALENDAR_WORDS } from "./person-lexicon.ts";
import type { NameCandidate } from "./person-extractor.ts";
import { speechVerbForm } from "./speech-verb-lexicon.ts";
import type { TextDocument } from "./text-document.ts";
import { joinedToPrevious } from "./word-scanner.ts";

/**
 * Occupations that introduce a person in any newsroom ("hydrologist Ana
 * Ruiz", "Ana Ruiz, a nurse,"): common nouns, plus the agent suffixes below.
 */
const OCCUPATIONS = new Set(`
  nurse teacher lawyer farmer doctor surgeon officer worker resident student pastor priest rabbi imam
  bishop engineer architect designer developer trader banker broker investor consultant accountant pilot
  soldier veteran survivor widow mother father grandmother grandfather volunteer organiser organizer
  driver owner shopkeeper vendor fisherman miner reporter writer author artist singer actor actress
  photographer filmmaker director producer lecturer professor researcher student pupil historian
  councillor councilor alderman landlord tenant retiree pensioner entrepreneur
`.split(/\s+/).filter(Boolean));
/** Agent suffixes of professions: glaciologist, physician, economist. */
const OCCUPATION_SUFFIX = /^\p{Ll}{3,}(?:ologist|ist|ician|ian)$/u;

/** True for a lower-case occupation noun. */
export const isOccupation = (lower: string, cap: boolean) =>
  !cap && (OCCUPATIONS.has(lower) || (OCCUPATION_SUFFIX.test(lower) && !VERBS_IN_IST.has(lower)));
/** Verbs that share the suffix ("insist Ana Ruiz …" names no profession). */
const VERBS_IN_IST = new Set(["assist", "insist", "persist", "resist", "consist", "exist", "subsist", "desist"]);

const RELATIVE_ARTICLES = new Set(["a", "an", "the"]);

/**
 * Context that only a person's name takes, for names without a title or a
 * known given name: a post-posed speaker ("…, said Rubén Echeverría."), a
 * relative "who" ("Marta Quiroga, who heads …"), an age ("Kim Amankwah,
 * 41,"), an occupation before ("glaciologist Anna Brunn") or in an
 * appositive after ("Leo Batt, an Italian hydrologist"). All but the age
 * need a full name of two words or more.
 */
export function contextEvidence(doc: TextDocument, name: NameCandidate): boolean {
  const { words, text } = doc;
  const full = name.tokens.length >= 2;
  const next = words[name.last + 1];
  const gap = next ? text.slice(words[name.last].end + (words[name.last].possessive ? 2 : 0), next.start) : "";
  if (next && gap === ", " && /^\d{1,3}$/.test(next.text) && Number(next.text) <= 110 && text.startsWith(",", next.end)) {
    const after = words[name.last + 2];
    if (after && !after.cap && !CALENDAR_WORDS.has(after.lower)) return true;
  }
  if (!full || words[name.last].possessive) return false;
  if (next && gap === ", " && next.lower === "who") return true;
  const before = name.first > 0 ? words[name.first - 1] : null;
  if (before && joinedToPrevious(text, words, name.first) && before.sentence === words[name.first].sentence) {
    const ends = !next || next.sentence !== words[name.last].sentence || /^[,.;:]/.test(gap.trimStart());
    if (ends && speechVerbForm(before.lower) === "finite") return true;
    if (isOccupation(before.lower, before.cap)) return true;
  }
  if (next && gap === ", " && RELATIVE_ARTICLES.has(next.lower)) {
    for (let k = name.last + 2; k < words.length && k <= name.last + 5 && joinedToPrevious(text, words, k); k++) {
      if (isOccupation(words[k].lower, words[k].cap)) return true;
      if (!words[k].cap && !/^\p{Ll}+$/u.test(words[k].text)) break;
    }
  }
  return false;
}

/**
 * A surname that later speaks alone ("Brunnhofer said") vouches for the full
 * name introduced before it, unless that name's first word also stands
 * alone elsewhere: "Kingsmoor Rovers … Kingsmoor" is a club, not a person.
 */
export function surnameSpeaksLater(names: NameCandidate[]): void {
  const alone = new Set<string>();
  for (const n of names) if (n.tokens.length === 1) alone.add(n.tokens[0]);
  // One forward pass: the latest full name by its surname, so each lone surname is one lookup.
  const latest = new Map<string, NameCandidate>();
  for (const name of names) {
    if (name.tokens.length >= 2) latest.set(surnameOf(name.tokens), name);
    else if (name.speaks) {
      const full = latest.get(name.tokens[0]);
      if (full && !full.evidence && !alone.has(full.tokens[0])) full.evidence = true;
    }
  }
}
