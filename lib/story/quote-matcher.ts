import { indexOfTokens, tokenize } from "./text-fold.ts";

/**
 * Whether two quote texts are the same quotation. Outlets trim quotes
 * differently: one keeps a leading sentence another drops, one elides a
 * middle part with "[…]", one ends with a comma where another has a full
 * stop. Tokens ignore the punctuation; containment and long shared runs
 * cover the trimming.
 */

/** A quote's tokens, and its parts between ellipses. */
export interface QuoteShape {
  tokens: string[];
  segments: string[][];
}

const ELLIPSIS = /\[?\s*(?:\u2026|\.\.\.)\s*\]?/;

/** Tokenises a quote once for all comparisons. */
export function quoteShape(text: string): QuoteShape {
  const segments = text.split(ELLIPSIS).map(tokenize).filter((s) => s.length > 0);
  return { tokens: segments.flat(), segments };
}

/** `exact`, `contained` (every part of the shorter in order in the longer), `overlap`, or null. */
export type QuoteMatch = "exact" | "contained" | "overlap" | null;

/** Below this many tokens a quote is a fragment that matches only exactly. */
export const MIN_FUZZY_TOKENS = 3;
/** Overlap alone links quotes only through a shared run this long. */
const MIN_OVERLAP_RUN = 5;

/** Compares two quote shapes (see `QuoteMatch`). */
export function matchQuotes(a: QuoteShape, b: QuoteShape): QuoteMatch {
  if (a.tokens.length === 0 || b.tokens.length === 0) return null;
  if (a.tokens.join(" ") === b.tokens.join(" ")) return "exact";
  const [short, long] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  if (short.tokens.length < MIN_FUZZY_TOKENS) return null;
  if (containsInOrder(long.tokens, short.segments)) return "contained";
  const run = longestCommonRun(short.tokens, long.tokens);
  return run >= MIN_OVERLAP_RUN && run * 2 >= short.tokens.length ? "overlap" : null;
}

function containsInOrder(haystack: string[], segments: string[][]): boolean {
  let from = 0;
  for (const segment of segments) {
    const at = indexOfTokens(haystack, segment, from);
    if (at < 0) return false;
    from = at + segment.length;
  }
  return true;
}

/** Length of the longest run of tokens the two share, in O(n·m) over two rows. */
function longestCommonRun(a: string[], b: string[]): number {
  let best = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        row[j] = prev[j - 1]! + 1;
        if (row[j]! > best) best = row[j]!;
      }
    }
    prev = row;
  }
  return best;
}
