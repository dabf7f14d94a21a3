import type { Clause } from "./fact-schema.ts";
import { sentenceStarts } from "./sentence-bounds.ts";

/**
 * Words that open a new clause after a comma: relative pronouns,
 * conjunctions and the participles news uses to hang on a second statement
 * ("…, adding that …"). A comma before anything else is a list or an aside.
 */
const CLAUSE_OPENERS = new Set(
  ("which who whom whose where when while but and although though whereas adding saying telling stressing noting " +
    "because after before as if unless")
    .split(" "),
);

/** Longest stretch kept on either side of a span when its clause runs on. */
const MAX_SIDE = 300;

/** Finds the sentence and the clause around any span of one body. */
export interface ClauseFinder {
  /** The sentence holding `[start, end)`, trimmed. */
  sentenceOf(start: number, end: number): Clause;
  /** The clause holding `[start, end)`: its sentence cut at `;`, dashes and clause-opening commas. */
  clauseOf(start: number, end: number): Clause;
}

/**
 * Builds a finder for `text`. All boundaries are found once, in one pass, so
 * each lookup is a binary search: a 1 MB body with thousands of facts stays
 * linear even when a paragraph has no full stop.
 */
export function createClauseFinder(text: string): ClauseFinder {
  // The three stages ask for the same body in turn: build its bounds once.
  if (lastFinder && lastFinder.text === text) return lastFinder.finder;
  const sentences = sentenceStarts(text);
  const clauses = mergeSorted(sentences, clauseCuts(text));
  const span = (bounds: number[], start: number, end: number): Clause => {
    const i = lastAtOrBefore(bounds, start);
    let from = bounds[i];
    let to = text.length;
    for (let k = i + 1; k < bounds.length; k++) {
      if (bounds[k] >= end) {
        to = bounds[k];
        break;
      }
    }
    // A run-on paragraph is no clause: keep a window around the span.
    if (start - from > MAX_SIDE) from = text.indexOf(" ", start - MAX_SIDE) + 1 || start;
    if (to - end > MAX_SIDE) to = Math.max(end, text.lastIndexOf(" ", end + MAX_SIDE));
    while (from < to && isEdge(text, from)) from++;
    while (to > from && isEdge(text, to - 1)) to--;
    if (from > start || to < end) return { start, end, text: text.slice(start, end) };
    return { start: from, end: to, text: text.slice(from, to) };
  };
  const finder: ClauseFinder = {
    sentenceOf: (start, end) => span(sentences, start, end),
    clauseOf: (start, end) => span(clauses, start, end),
  };
  lastFinder = { text, finder };
  return finder;
}

let lastFinder: { text: string; finder: ClauseFinder } | undefined;

const EDGE = /[\s,;:\u2014\u2013-]/;

/** Whether the character at `i` is trimmed off a clause's ends: space, comma, colon, semicolon, dash. */
function isEdge(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || c === 44 || c === 59 || c === 58 || c === 45;
  return EDGE.test(text[i]);
}

/** Offsets where a clause starts inside a sentence. */
function clauseCuts(text: string): number[] {
  const cuts: number[] = [];
  const re = /;\s*|\s[\u2014\u2013]\s|\s--\s|,\s+(?=([\p{Ll}]+)\b)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1] === undefined || CLAUSE_OPENERS.has(m[1])) cuts.push(m.index + m[0].length);
  }
  return cuts;
}

/** The union of two ascending lists, ascending and without repeats: one linear merge, no sort. */
function mergeSorted(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (out.length === 0 || out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

/** Index of the last bound ≤ `offset` (bounds[0] is 0). */
function lastAtOrBefore(bounds: number[], offset: number): number {
  let lo = 0;
  let hi = bounds.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
