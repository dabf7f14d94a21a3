import type { Span } from "./fact-schema.ts";
import {
  CALENDAR_WORDS, GIVEN_NAMES, HONORIFICS, NAME_PARTICLES, NON_NAME_WORDS, ORGANISATION_HEADS, PLACE_PREFIXES, PLACE_WORDS,
  ROLE_COMPLEMENTS, ROLE_HEADS, ROLE_MODIFIERS,
} from "./person-lexicon.ts";
import { contextEvidence, surnameSpeaksLater } from "./person-context-evidence.ts";
import { commaBefore, roleAfter, roleBefore } from "./role-extractor.ts";
import { speechVerbForm } from "./speech-verb-lexicon.ts";
import { wordAt } from "./attribution-extractor.ts";
import type { TextDocument } from "./text-document.ts";
import { joinedToPrevious, type Word } from "./word-scanner.ts";
import { isSyllabicGiven } from "../text/name-parts.ts";

/** A capitalised name in the text and what speaks for it being a person's. */
export interface NameCandidate {
  /** Word indices of the name, inclusive. */
  first: number;
  last: number;
  /** The name's words, possessive removed. */
  tokens: string[];
  /** Strong evidence: a title or role, an honorific or a known given name. */
  strong: boolean;
  /** Any evidence at all; a name without evidence only counts when it matches a known person. */
  evidence: boolean;
  role: Span | null;
  /** A finite speech verb follows the name ("Mia said"). */
  speaks: boolean;
  gender: "male" | "female" | null;
}

/** Longest name kept: longer capitalised runs are headlines or titles. */
const MAX_NAME_WORDS = 4;
const ADVERBS = new Set(["also", "earlier", "later", "previously", "then", "again", "recently", "reportedly", "once", "further", "separately", "has", "had", "have", "was", "is"]);

/** A word that can be part of a personal name. */
function isNameWord(w: Word): boolean {
  if (!nameCap(w) || (w.allCaps && !/^\p{Lu}\.$/u.test(w.text))) return false;
  const l = w.lower;
  if (hyphenLower(w.text)) return false;
  return !(NON_NAME_WORDS.has(l) || CALENDAR_WORDS.has(l) || ROLE_HEADS.has(l) || ROLE_MODIFIERS.has(l) ||
    ROLE_COMPLEMENTS.has(l) || HONORIFICS.has(l));
}

/** Arabic and other particles joined to a capitalised surname ("al-Qahtani", "el-Sayed", "bin-Talal"). */
const JOINED_PARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu|ben|ould)[-\u2010]\p{Lu}/u;

/** Capitalised for a name: upper-case initial, or a joined particle before one. */
const nameCap = (w: Word) => w.cap || (w.text.length > 3 && (w.text.includes("-") || w.text.includes("\u2010")) && JOINED_PARTICLE.test(w.text));

/** A hyphen before a lower-case letter ("Saudi-led"); the cheap `includes` spares the regex for most words. */
const hyphenLower = (text: string) => text.includes("-") && /-\p{Ll}/u.test(text);

/** A word that marks a capitalised phrase as an organisation or a place. */
const isPlaceOrOrganisation = (w: Word) => ORGANISATION_HEADS.has(w.lower) || PLACE_WORDS.has(w.lower) || PLACE_PREFIXES.has(w.lower);

/**
 * Finds every capitalised name and grades its person evidence: a title or
 * role before it, an honorific, a common given name, an appositive role,
 * a speech verb after a full name, "according to", a list shared with
 * another person ("Joseph Stalin, Winston Churchill and …"), or the context
 * only a person's name takes (`person-context-evidence.ts`: "said X Y",
 * "X Y, who", an age, an occupation, a surname that later speaks). Runs that end
 * in an organisation or place word ("Kennedy Center", "Saudi Arabia") are
 * rejected; so are calendar words and sentence openers.
 */
export function extractNameCandidates(doc: TextDocument): NameCandidate[] {
  const { words, text } = doc;
  const out: NameCandidate[] = [];
  let i = 0;
  while (i < words.length) {
    if (!nameCap(words[i])) { i++; continue; }
    let end = i;
    while (end + 1 < words.length && !words[end].possessive && joinedToPrevious(text, words, end + 1) && (!hyphenLower(words[end + 1].text) || isSyllabicGiven(words[end + 1].text))) {
      const next = words[end + 1];
      if (nameCap(next)) { end++; continue; }
      // One or two particles before a capital: "de Gaulle", "van der Leyen", "de la Cruz".
      const p = NAME_PARTICLES.has(next.lower) && end + 2 < words.length && NAME_PARTICLES.has(words[end + 2].lower) && joinedToPrevious(text, words, end + 2) ? 2 : 1;
      if (NAME_PARTICLES.has(next.lower) && end + p + 1 < words.length && words[end + p + 1].cap && joinedToPrevious(text, words, end + p + 1)) { end += p + 1; continue; }
      break;
    }
    const candidate = nameInRun(doc, i, end);
    if (candidate) out.push(candidate);
    i = end + 1;
  }
  surnameSpeaksLater(out);
  spreadOverLists(doc, out);
  return out;
}

/** The person-name part of the capitalised run `[from, to]`, with its evidence, or `null`. */
function nameInRun(doc: TextDocument, from: number, to: number): NameCandidate | null {
  const { words } = doc;
  let last = to;
  while (last >= from && !isNameWord(words[last]) && !isPlaceOrOrganisation(words[last])) last--;
  let first = last;
  while (first >= from && (isNameWord(words[first]) || NAME_PARTICLES.has(words[first].lower))) first--;
  first++;
  while (first <= last && NAME_PARTICLES.has(words[first].lower)) first++;
  // "Stanley Leung Wai-kit", "Kim Jong-un": a syllabic given name after the surname belongs to the name.
  while (first <= last && last < to && isSyllabicGiven(words[last + 1].text) && !words[last].possessive) last++;
  // A sentence opens with a capital whatever the word: "Veteran Jo Aasen said" names Jo Aasen.
  if (last - first >= 2 && isSentenceStart(doc, first) && !GIVEN_NAMES.has(words[first].lower)) first++;
  if (first > last || last - first + 1 > MAX_NAME_WORDS) return null;
  if (first > from && isPlaceOrOrganisation(words[first - 1]) && !ROLE_HEADS.has(words[first - 1].lower)) return null;
  // "NHS Providers", "BBC Sport": an acronym glued before the name makes the run an organisation's.
  if (first > from && words[first - 1].allCaps && !/\.$/.test(words[first - 1].text) && !ROLE_HEADS.has(words[first - 1].lower) && !HONORIFICS.has(words[first - 1].lower)) return null;
  // "the Institute for Fiscal Studies", "Bank of Central Africa": the run completes an organisation's name.
  if (first >= 2 && (words[first - 1].lower === "for" || words[first - 1].lower === "of") && words[first - 2].cap && ORGANISATION_HEADS.has(words[first - 2].lower)) return null;
  // A plain loop: `slice().map()` yields arrays of varying elements kinds, and the list check below then deoptimises.
  const tokens: string[] = [];
  for (let k = first; k <= last; k++) tokens.push(words[k].text);
  const before = first > 0 ? words[first - 1] : null;
  // "The King's Fund": a possessive title owns the thing named after it, it is no honorific.
  const honorific = before && !before.possessive && joinedToPrevious(doc.text, words, first) ? HONORIFICS.get(before.lower) : undefined;
  let role = roleBefore(doc, first);
  // "Kennedy Center" and "Saudi Arabia" are no people; "Helen Park" and "Ambassador Rui Costa" are.
  const vouched = role !== null || honorific !== undefined || (tokens.length >= 2 && GIVEN_NAMES.has(tokens[0].toLowerCase()));
  for (let k = first; k <= last; k++) {
    const w = words[k];
    const prefix = PLACE_PREFIXES.has(w.lower) && k < last;
    if (prefix || (!vouched && isPlaceOrOrganisation(w))) return null;
  }
  if (role && commaBefore(doc, first) && !(last + 1 < words.length && (commaBefore(doc, last + 1) || isVerbAfter(words, last))) && !endsDefiniteAppositive(doc, role, last)) role = null;
  role ??= roleAfter(doc, last);
  const given = tokens.length >= 2 && GIVEN_NAMES.has(tokens[0].toLowerCase());
  const strong = role !== null || honorific !== undefined || given;
  const according = first >= 2 && words[first - 2].lower === "according" && words[first - 1].lower === "to";
  const speaks = isVerbAfter(words, last);
  const candidate: NameCandidate = { first, last, tokens, strong, evidence: false, role, speaks, gender: honorific ?? null };
  candidate.evidence = strong || (tokens.length >= 2 && (speaks || according)) || contextEvidence(doc, candidate);
  return candidate;
}

/**
 * "…, said the group's director, Ana Ruiz.": a definite role ("the …", "X's
 * …") before a comma and a name that ends the sentence is that name's role,
 * even with no comma after the name.
 */
function endsDefiniteAppositive(doc: TextDocument, role: Span, last: number): boolean {
  const { words, text } = doc;
  const next = words[last + 1];
  if (next && next.sentence === words[last].sentence && !/^\s*[.;]/.test(text.slice(words[last].end, next.start))) return false;
  const k = wordAt(doc, role.start);
  return k > 0 && (words[k - 1].lower === "the" || words[k - 1].possessive);
}

function isSentenceStart(doc: TextDocument, k: number): boolean {
  const s = doc.words[k].sentence;
  return s >= 0 && doc.sentenceWordStart[s] === k;
}

/** True when a finite speech verb follows the name, perhaps after one adverb ("Smith also said"). */
function isVerbAfter(words: readonly Word[], last: number): boolean {
  for (let k = last + 1; k <= last + 2 && k < words.length; k++) {
    if (words[k].sentence !== words[last].sentence) return false;
    if (speechVerbForm(words[k].lower) === "finite") return true;
    if (!ADVERBS.has(words[k].lower)) return false;
  }
  return false;
}

/**
 * Full names listed with a person ("A B, C D and E F") are people too, and
 * so are three or more full names listed together: places and
 * organisations that pass the name filters rarely come in such lists.
 */
function spreadOverLists(doc: TextDocument, names: NameCandidate[]): void {
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k + 1 < names.length; k++) {
      const a = names[k], b = names[k + 1];
      if (listed(doc, a, b) && (a.evidence !== b.evidence || (k + 2 < names.length && listed(doc, b, names[k + 2])))) {
        a.evidence = b.evidence = true;
        if (k + 2 < names.length && listed(doc, b, names[k + 2])) names[k + 2].evidence = true;
      }
    }
  }
}

/** Two full names in one sentence separated only by a comma, "and", "or" or "&". */
function listed(doc: TextDocument, a: NameCandidate, b: NameCandidate): boolean {
  if (a.tokens.length < 2 || b.tokens.length < 2 || doc.words[a.last].sentence !== doc.words[b.first].sentence) return false;
  const gap = doc.text.slice(doc.words[a.last].end, doc.words[b.first].start).trim();
  return gap === "," || gap === "and" || gap === ", and" || gap === "or" || gap === "&";
}
