import type { Span } from "./fact-schema.ts";
import { ORGANISATION_HEADS, ROLE_COMPLEMENTS, ROLE_HEADS, ROLE_MODIFIERS } from "./person-lexicon.ts";
import { speechVerbForm } from "./speech-verb-lexicon.ts";
import type { TextDocument } from "./text-document.ts";
import { joinedToPrevious, type Word } from "./word-scanner.ts";

/** Roles are short; a longer run of capitals is a headline, not a title. */
const MAX_ROLE_WORDS = 9;

const isHead = (w: Word) => ROLE_HEADS.has(w.lower);
/** A word that may sit inside a role: any capitalised word, or a lower-case role word. */
const isRoleWord = (w: Word) =>
  w.cap || ROLE_HEADS.has(w.lower) || ROLE_MODIFIERS.has(w.lower) || ROLE_COMPLEMENTS.has(w.lower) || ORGANISATION_HEADS.has(w.lower) ||
  w.lower === "of" || w.lower === "for";

/** True when only ", " separates word `i - 1` from word `i`: an appositive. */
export function commaBefore(doc: TextDocument, i: number): boolean {
  if (i <= 0) return false;
  const prev = doc.words[i - 1];
  const gap = doc.text.slice(prev.end + (prev.possessive ? 2 : 0), doc.words[i].start);
  return gap === ", " || gap === ",\u00a0";
}

/**
 * The role written just before the name starting at word `first`
 * ("UK Foreign Secretary" David Lammy, "Kremlin spokesperson" Dmitry Peskov,
 * "Russia’s deputy foreign minister," Alexander Grushko), or `null`. A role
 * holds a head noun (president, secretary, spokesperson…) and, after its
 * last head, nothing but an "of/for …" complement ("chief of staff",
 * "Special Envoy for the Middle East"), so "President Putin, Macron" is no
 * role for Macron.
 */
export function roleBefore(doc: TextDocument, first: number): Span | null {
  const { words } = doc;
  const appositive = commaBefore(doc, first);
  if (!appositive && !joinedToPrevious(doc.text, words, first)) return null;
  const seq: Word[] = [];
  for (let j = first - 1; j >= 0 && seq.length < MAX_ROLE_WORDS; j--) {
    const w = words[j];
    if (w.lower !== "the" && !isRoleWord(w)) break;
    if (w.possessive && j !== first - 1) {
      if (w.cap) seq.unshift(w);
      break;
    }
    if (w.possessive) break;
    seq.unshift(w);
    if (!joinedToPrevious(doc.text, words, j)) break;
  }
  return validRole(doc, seq, true);
}

/** The role in an appositive after the name ending at word `last` ("Steve Smith, the city's mayor,"), or `null`. */
export function roleAfter(doc: TextDocument, last: number): Span | null {
  const { words } = doc;
  let j = last + 1;
  if (j >= words.length || !commaBefore(doc, j) || words[last].possessive) return null;
  // "Ms Thwaite, who became Prime Minister in July,": the relative clause names the role.
  const relative = words[j].lower === "who" && j + 2 < words.length && BECAME.has(words[j + 1].lower);
  if (relative) j += words[j + 2].lower === "as" ? 3 : 2;
  if (["the", "a", "an", "his", "her", "their", "its"].includes(words[j].lower)) j++;
  const seq: Word[] = [];
  const seqStart = j;
  for (; j < words.length && seq.length < MAX_ROLE_WORDS; j++) {
    const w = words[j];
    if (seq.length > 0 && !joinedToPrevious(doc.text, words, j)) break;
    if (!isRoleWord(w) && !(w.lower === "the" && seq.length > 0)) break;
    seq.push(w);
    if (w.possessive && seq.length > 1) break;
  }
  let end = seq.length;
  while (end > 0 && !isHead(seq[end - 1]) && !ROLE_COMPLEMENTS.has(seq[end - 1].lower) && !seq[end - 1].cap) end--;
  if (end > 0 && belongsToNext(doc, seqStart + end)) return null;
  if (relative && (end === 0 || seq[end - 1].possessive)) return null;
  return validRole(doc, seq.slice(0, end), false);
}

/** Verbs of a relative clause that give the person's role: "who is", "who became", "who serves as". */
const BECAME = new Set(["is", "was", "became", "becomes", "remains", "remained", "serves", "served"]);

/** Words trimmed from a role's start: an article ("A spokesman") or a dangling link. */
const LEADING_FILLERS = new Set(["the", "a", "an", "of", "for"]);

/** Checks the head-and-complement shape and trims leading articles; returns the role's span. */
function validRole(doc: TextDocument, seq: Word[], before: boolean): Span | null {
  let s = 0;
  while (s < seq.length && LEADING_FILLERS.has(seq[s].lower)) s++;
  const words = seq.slice(s);
  // "A spokesman for" Smith: the name is the employer, not the role's holder.
  if (before && words.length > 0 && (words[words.length - 1].lower === "of" || words[words.length - 1].lower === "for")) return null;
  let head = -1;
  for (let k = words.length - 1; k >= 0; k--) if (isHead(words[k])) { head = k; break; }
  if (head < 0) return null;
  if (head < words.length - 1) {
    const link = words[head + 1].lower;
    if (link !== "of" && link !== "for") {
      if (before) return null;
      words.length = head + 1;
    }
  }
  if (words.length === 0 || words[words.length - 1].lower === "the") return null;
  const start = words[0].start;
  const last = words[words.length - 1];
  const end = last.end + (last.possessive && !before ? 2 : 0);
  return { start, end, text: doc.text.slice(start, end) };
}

/**
 * The phrase after a comma is no appositive of the name before it when it
 * opens a clause ("Rosario, officials said") or introduces the next name
 * ("In Leeds, the council's leader, Jo Bloggs, said"): the role is that
 * speaker's or that name's, not the place's.
 */
function belongsToNext(doc: TextDocument, k: number): boolean {
  const { words, text } = doc;
  const lastWord = words[k - 1];
  const next = words[k];
  if (!next || next.sentence !== lastWord.sentence) return false;
  const gap = text.slice(lastWord.end + (lastWord.possessive ? 2 : 0), next.start);
  if (gap === " " && speechVerbForm(next.lower) === "finite") return true;
  return (gap === ", " || gap === ",\u00a0") && next.cap && speechVerbForm(next.lower) === null;
}
