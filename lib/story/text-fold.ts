/**
 * Text folding shared by every matcher of the story merge and the teacher
 * corrections. Outlets differ in typography (curly vs straight quotes,
 * en dashes, non-breaking spaces) and in capitalisation, none of which
 * changes what was said, so comparisons run on folded text.
 */

const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u02bc]/;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033]/;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/;
const SPACES = /[\u00a0\u2007\u2009\u200a\u202f\u3000]/;

/**
 * Folds one UTF-16 code unit to exactly one code unit, so that an index into
 * the folded text is also an index into the original (see `findFolded`).
 */
export function foldChar(char: string): string {
  if (SINGLE_QUOTES.test(char)) return "'";
  if (DOUBLE_QUOTES.test(char)) return '"';
  if (DASHES.test(char)) return "-";
  if (SPACES.test(char)) return " ";
  const lower = char.toLowerCase();
  return lower.length === 1 ? lower : char;
}

/** Folds quotes, dashes, spaces and case, collapses whitespace and trims. */
export function foldText(text: string): string {
  let out = "";
  for (const char of text) out += char.length === 1 ? foldChar(char) : char;
  return out.replace(/\s+/g, " ").trim();
}

/** Removes accents ("Zelenskyy" and "Zelenskÿy" compare equal) after folding. */
export function stripAccents(text: string): string {
  return text.normalize("NFD").replace(/\p{M}+/gu, "");
}

/**
 * Word tokens of a text: folded, accent-free, punctuation dropped, digit
 * group separators removed ("2,500" is one token) and apostrophes kept inside
 * words ("we'll" must not become "well").
 */
export function tokenize(text: string): string[] {
  const folded = stripAccents(foldText(text)).replace(/(\d)[,.](?=\d{3}\b)/g, "$1");
  return folded.match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * Folds a name for equality: tokens joined by single spaces, with a leading
 * "the" dropped, so "the White House" and "White House" are one organisation.
 */
export function foldName(name: string): string {
  const words = tokenize(name);
  if (words[0] === "the" && words.length > 1) words.shift();
  return words.join(" ");
}

/** True when `needle` occurs as a contiguous run of whole tokens in `haystack`. */
export function containsTokens(haystack: readonly string[], needle: readonly string[]): boolean {
  return indexOfTokens(haystack, needle, 0) >= 0;
}

/** Index of the first whole-token occurrence of `needle` at or after `from`, or -1. */
export function indexOfTokens(haystack: readonly string[], needle: readonly string[], from: number): number {
  if (needle.length === 0) return from <= haystack.length ? from : -1;
  outer: for (let i = from; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** Plain code-unit comparison for sorts: unlike `localeCompare`, it cannot vary with the host's locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
