/** One word of the body with its offsets and the facts the extractors ask about it. */
export interface Word {
  start: number;
  /** End of the word without a possessive "’s". */
  end: number;
  /** The word as written, possessive removed. */
  text: string;
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters and no lower-case one ("NATO", "PAP"). */
  allCaps: boolean;
  /** Was followed by "’s" or "'s". */
  possessive: boolean;
  /** Index of the sentence holding the word. */
  sentence: number;
  /** Index of the top-level quote holding the word, or -1. */
  quote: number;
}

/** Abbreviations that keep their final period ("Mr.", "Dr."). */
const DOTTED = new Set(["mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "rev", "hon", "adm"]);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WORD_PART = /[\p{L}\p{M}\p{N}]/u;

/** Letters and digits start a word; ASCII is decided by code, the rest by one Unicode class test. */
function isWordStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(text[i]);
}

/** Apostrophes, periods and hyphens join two parts of one word ("we’ll", "U.S", "Trump-Putin"). */
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 46 || c === 45 || c === 0x2010;

/** 1 for ASCII letters and digits: the one table lookup that decides most characters. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c < 123; c++) if (c <= 57 || (c >= 65 && c <= 90) || c >= 97) ASCII_WORD[c] = 1;
const INITIALS = /^(?:\p{L}\.)+\p{L}$/u;

/**
 * Splits the body into words. Possessive "’s" is cut off (its flag kept) so
 * "Trump’s" yields the name "Trump"; dotted abbreviations keep their final
 * period so "U.S." and "Mr." stay whole. The loops test ASCII by table
 * lookup in place, without a call per character: this runs over every
 * character of the body, often before the JIT has optimised it.
 */
export function scanWords(text: string): Word[] {
  const words: Word[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128 ? ASCII_WORD[c] === 0 : !LETTER_OR_DIGIT.test(text[i])) {
      i++;
      continue;
    }
    const start = i;
    i++;
    for (;;) {
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 128 ? ASCII_WORD[d] === 0 : !WORD_PART.test(text[i])) break;
        i++;
      }
      if (i + 1 < n && isJoiner(text.charCodeAt(i)) && isWordStart(text, i + 1)) i += 2;
      else break;
    }
    i = readWord(text, start, i, words);
  }
  return words;
}

/** Pushes the word of the run `[start, runEnd)` and returns where scanning resumes. */
function readWord(text: string, start: number, runEnd: number, words: Word[]): number {
  let end = runEnd;
  let resume = runEnd;
  let word = text.slice(start, end);
  let possessive = false;
  let lower: string;
  const last = word.charCodeAt(word.length - 1);
  const apostrophe = word.length > 2 ? word.charCodeAt(word.length - 2) : 0;
  if ((last === 115 || last === 83) && (apostrophe === 39 || apostrophe === 0x2019)) {
    word = word.slice(0, -2);
    end -= 2;
    possessive = true;
    lower = word.toLowerCase();
  } else {
    lower = word.toLowerCase();
    // Bounds first: reading past the end deoptimises the whole scan.
    if (end < text.length && text.charCodeAt(end) === 46 && (DOTTED.has(lower) || INITIALS.test(word) || middleInitial(text, word, end))) {
      word += ".";
      lower = word.toLowerCase();
      end += 1;
      resume = end;
    }
  }
  const c = word.charCodeAt(0);
  const cap = c >= 65 && c <= 90 ? true : c < 128 ? false : isUpper(word[0]);
  // An ASCII lower-case second letter rules out all caps without building the upper-case copy.
  const allCaps = cap && word.length > 1 && !isAsciiLower(word.charCodeAt(1)) && lower !== word && word === word.toUpperCase();
  words.push({ start, end, text: word, lower, cap, allCaps, possessive, sentence: -1, quote: -1 });
  return resume;
}

const isAsciiLower = (c: number) => c >= 97 && c <= 122;

/**
 * A capital letter, its full stop, a space and a capitalised word: a middle
 * initial ("Rebecca L. Stanton", "John F. Kennedy"), kept with its stop so
 * the name reads through it.
 */
function middleInitial(text: string, word: string, dot: number): boolean {
  if (word.length !== 1 || !/\p{Lu}/u.test(word)) return false;
  return text.charCodeAt(dot + 1) === 32 && dot + 2 < text.length && /\p{Lu}/u.test(text[dot + 2]!);
}

/** True for a character with distinct cases that is upper case ("É", "Ж"). */
const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();

/** The characters between word `i - 1` and word `i` (empty for the first word). */
export function gapBefore(text: string, words: readonly Word[], i: number): string {
  if (i <= 0 || i >= words.length) return "";
  return text.slice(words[i - 1].end, words[i].start);
}

/** True when only spaces (no line break, no punctuation) separate word `i - 1` from word `i`. */
export function joinedToPrevious(text: string, words: readonly Word[], i: number): boolean {
  if (i <= 0) return false;
  const from = words[i - 1].end + (words[i - 1].possessive ? 2 : 0);
  const to = words[i].start;
  if (to - from < 1 || to - from > 2) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 0xa0) return false;
  }
  return true;
}
