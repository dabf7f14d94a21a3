import type { Actor, ActorFinder } from "./actor-finder.ts";
import { HONORIFICS, NON_NAME_WORDS, ROLE_HEADS, ROLE_MODIFIERS } from "./person-lexicon.ts";
import type { TextDocument } from "./text-document.ts";

/** Most words a role may put between a quote and its speaker's name ("deputy press secretary"). */
const MAX_ROLE_PREFIX = 4;

/**
 * The person named in an appositive that ends at word `j`, just before a
 * comma and the verb: in "the chief executive of X, Sir Jo Bloggs, said" and
 * "A spokesman for Y, Jo Bloggs, said" the name between the commas is the
 * one speaking, not the organisation or employer before it. A parenthetical
 * that is only a name never qualifies the subject, so this reading is safe.
 */
export function appositiveName(doc: TextDocument, finder: ActorFinder, j: number, floor: number): Actor | null {
  const actor = finder.endingAt(j, false);
  if (!actor || actor.kind !== "person") return null;
  const { words, text } = doc;
  let a = actor.first;
  if (a > 0 && HONORIFICS.has(words[a - 1].lower)) a--;
  if (a <= floor || words[a - 1].sentence !== words[j].sentence) return null;
  return text.slice(words[a - 1].end, words[a].start).includes(",") ? actor : null;
}

/**
 * True when the words `[from, to)` between a closing quotation mark and a
 * speaker's name are only a role ("…,” press secretary Jo Bloggs told
 * reporters): the role belongs to the name, so the attribution still
 * follows the quote directly.
 */
export function onlyRoleWords(doc: TextDocument, from: number, to: number): boolean {
  if (to - from > MAX_ROLE_PREFIX) return false;
  for (let k = from; k < to; k++) {
    const w = doc.words[k];
    if (w.quote !== -1) return false;
    const roleWord = ROLE_HEADS.has(w.lower) || ROLE_MODIFIERS.has(w.lower);
    if (!roleWord && !(w.cap && !NON_NAME_WORDS.has(w.lower))) return false;
  }
  return true;
}

/** Words a role may hold before its holder's name: "the group's director", "its new chief". */
const ROLE_FILLERS = new Set(["the", "a", "an", "its", "his", "her", "their", "our", "new", "longtime", "own"]);

/**
 * The person in an appositive after an inverted verb's role: in "…,” said
 * the group's director, Keisha Amankwah." the speaker is the name after the
 * comma, which the role only introduces. `from` is the first word after the
 * verb; returns `null` unless every word before the comma can be part of a
 * role and ends in a role noun.
 */
export function nameAfterRole(doc: TextDocument, finder: ActorFinder, from: number): Actor | null {
  const { words, text } = doc;
  let head = false;
  for (let k = from; k < words.length && k <= from + MAX_ROLE_PREFIX + 1; k++) {
    const w = words[k];
    if (w.quote !== -1 || w.sentence !== words[from].sentence) return null;
    if (k > from && text.slice(words[k - 1].end + (words[k - 1].possessive ? 2 : 0), w.start) === ", ") {
      if (!head) return null;
      const actor = finder.startingAt(k);
      return actor && actor.kind === "person" ? actor : null;
    }
    if (k > from && text.slice(words[k - 1].end + (words[k - 1].possessive ? 2 : 0), w.start) !== " ") return null;
    head = ROLE_HEADS.has(w.lower);
    if (!head && !ROLE_FILLERS.has(w.lower) && !ROLE_MODIFIERS.has(w.lower) && !w.possessive && !(w.cap && !NON_NAME_WORDS.has(w.lower))) return null;
  }
  return null;
}
