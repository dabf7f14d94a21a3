import { parseName, surnamesMatch } from "../story/name-matcher.ts";
import { foldName, tokenize } from "../story/text-fold.ts";

/**
 * When two choices would read as the same answer. Students see printed text,
 * so choices are compared the way a reader would: case, accents, curly
 * quotes, hyphens and a leading "the" do not count, and a spelling variant of
 * a surname (Zelensky / Zelenskyy) is the same person.
 */

/** Words that never identify a name on their own ("House of Commons" shares nothing with "White House" but "house"). */
const NAME_FILLERS = new Set(["the", "of", "and", "for", "de", "da", "von", "der", "van", "la", "al", "el", "bin"]);

/** Folding runs for every pair of candidate choices; the same few hundred strings recur, so results are kept. */
const folded = new Map<string, string>();

/** The comparable form of a printed choice: folded tokens, hyphenated words joined ("cease-fire" = "ceasefire"). */
export function foldChoice(text: string): string {
  let out = folded.get(text);
  if (out === undefined) {
    out = foldName(text.replace(/(\p{L})[-\u2010-\u2015](\p{L})/gu, "$1$2"));
    if (folded.size > 10_000) folded.clear();
    folded.set(text, out);
  }
  return out;
}

/** Two printed choices that a reader would take for the same one. */
export function printsSame(a: string, b: string): boolean {
  return foldChoice(a) === foldChoice(b);
}

/**
 * True when two names could be taken for one another: equal once folded,
 * surnames equal or spelling variants, or one name's last word appearing
 * among the other's words. Deliberately broad: a distractor that merely
 * resembles a right answer is dropped, since a wrong key costs more than a
 * missing distractor.
 */
export function namesCollide(a: string, b: string): boolean {
  const key = `${a}\u0000${b}`;
  let found = collisions.get(key);
  if (found === undefined) {
    found = collide(a, b);
    if (collisions.size > 50_000) collisions.clear();
    collisions.set(key, found);
  }
  return found;
}

/** Name pairs recur across every question of a quiz (each distractor against each credit): results are kept. */
const collisions = new Map<string, boolean>();

function collide(a: string, b: string): boolean {
  if (printsSame(a, b)) return true;
  const pa = parseName(a);
  const pb = parseName(b);
  if (!pa || !pb) return false;
  if (surnamesMatch(pa.last, pb.last)) return true;
  const wordsA = tokenize(a).filter((w) => !NAME_FILLERS.has(w));
  const wordsB = tokenize(b).filter((w) => !NAME_FILLERS.has(w));
  return wordsA.some((w) => wordsB.some((v) => w === v && w.length > 2));
}

/** A crude singular for term comparison: "ceasefires" and "ceasefire" are one key term. */
export function termStem(word: string): string {
  const folded = foldChoice(word);
  if (folded.endsWith("ies") && folded.length > 4) return `${folded.slice(0, -3)}y`;
  if (folded.endsWith("es") && /(s|x|z|ch|sh)es$/.test(folded)) return folded.slice(0, -2);
  if (folded.endsWith("s") && !folded.endsWith("ss") && folded.length > 3) return folded.slice(0, -1);
  return folded;
}
