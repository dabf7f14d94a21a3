import { BLANK } from "../clause-blank.ts";
import { quotedPassage } from "../passage.ts";

/** A blank prompt taken apart: the passage and the words on each side of the first blank. */
export interface BlankParts {
  passage: string;
  before: string;
  after: string;
  blanks: number;
}

/** The passage of a prompt with a blank, or null when the prompt has none. */
export function blankParts(prompt: string): BlankParts | null {
  const passage = quotedPassage(prompt);
  if (passage === null || !passage.includes(BLANK)) return null;
  const at = passage.indexOf(BLANK);
  return { passage, before: passage.slice(0, at), after: passage.slice(at + BLANK.length), blanks: passage.split(BLANK).length - 1 };
}

/** The last word before the blank, lower-cased, without punctuation. */
export function wordBefore(parts: BlankParts): string {
  return (/([\p{L}'’]+)[^\p{L}]*$/u.exec(parts.before)?.[1] ?? "").toLowerCase();
}

/** The first words after the blank, as written. */
export function wordsAfter(parts: BlankParts, n: number): string[] {
  return parts.after.trim().split(/\s+/).filter(Boolean).slice(0, n);
}
