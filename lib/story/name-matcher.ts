import { editDistance } from "../text/edit-distance.ts";
import { isSyllabicGiven } from "../text/name-parts.ts";
import { tokenize } from "./text-fold.ts";

/**
 * Decides whether two written names can be the same person. Outlets spell
 * transliterated surnames differently (Zelensky, Zelenskyy, and the typo
 * Zelenksy), so surnames compare by edit distance; first names must agree,
 * which keeps "Donald Trump" and "Melania Trump" apart.
 */

/** Words dropped before comparing: honorifics and titles written into names. */
const TITLES = new Set(["mr", "mrs", "ms", "dr", "sir", "dame", "president", "prime", "minister", "secretary", "gen", "general"]);

/** A name reduced to what identifies a person. */
export interface ParsedName {
  /** Folded first name, or null for a bare surname. */
  first: string | null;
  /** Folded surname (last word). */
  last: string;
  /** True for a surname alone or an initial ("Zelensky", "V. Zelensky"): too little to link on its own. */
  partial: boolean;
}

/** Parses a written name; null when nothing name-like is left. */
export function parseName(name: string): ParsedName | null {
  // "Stanley Leung Wai-kit": a syllabic given name after the surname is set aside, so the surname is "Leung".
  const raw = name.trim().split(/\s+/);
  while (raw.length > 1 && isSyllabicGiven(raw[raw.length - 1]!)) raw.pop();
  const words = tokenize(raw.join(" ")).filter((word) => !TITLES.has(word));
  if (words.length === 0) return null;
  const last = words[words.length - 1]!;
  if (words.length === 1) return { first: null, last, partial: true };
  const first = words[0]!;
  return { first, last, partial: first.length === 1 };
}

/**
 * Edits allowed between two surnames: none for short ones, where one letter
 * is another name (Dan/Don), one from 4 letters, two from 7.
 */
function allowedEdits(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  return shorter >= 7 ? 2 : shorter >= 4 ? 1 : 0;
}

/** True when two surnames are equal or a small spelling variant of each other. */
export function surnamesMatch(a: string, b: string): boolean {
  return a === b || editDistance(a, b) <= allowedEdits(a, b);
}

/** Two full names: same first name and matching surnames. */
export function fullNamesMatch(a: ParsedName, b: ParsedName): boolean {
  return !a.partial && !b.partial && a.first === b.first && surnamesMatch(a.last, b.last);
}

/**
 * A partial name (bare surname or initial) against a full one: the surname
 * matches and an initial, if any, is the full first name's initial.
 */
export function partialNameFits(partial: ParsedName, full: ParsedName): boolean {
  if (full.partial || !surnamesMatch(partial.last, full.last)) return false;
  return partial.first === null || full.first!.startsWith(partial.first);
}
