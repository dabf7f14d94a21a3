import type { Block } from "./sentence-splitter.ts";

/** Which family of marks encloses a quote. */
export type QuoteStyle = "double" | "single" | "guillemet";

/** One top-level pair of quotation marks (or one paragraph of a multi-paragraph quote). */
export interface QuoteMarks {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark, or the paragraph end for an unclosed paragraph of a run. */
  close: number;
  /** The words inside the marks, whitespace trimmed: `[start, end)`. */
  start: number;
  end: number;
  style: QuoteStyle;
  /** Same number for every paragraph of one quote running over several paragraphs. */
  chain: number;
}

interface Opener { style: QuoteStyle; pos: number; len: number; low: boolean }

/** Marks deeper than this are ignored: real quotes never nest that far, and the bound keeps memory flat. */
const MAX_DEPTH = 8;
/** Each paragraph may drop this many unmatched openers and rescan; more means the marks are noise. */
const MAX_RETRIES = 4;

const isSpace = (c: string) => c === "" || /\s/.test(c);
const isWordChar = (c: string) => /[\p{L}\p{N}]/u.test(c);
/** Characters after which a straight or single mark opens rather than closes. */
const isOpenBoundary = (c: string) => isSpace(c) || "([{\u2014\u2013-/:;\u201c\u2018\u00ab\"'".includes(c);

/**
 * Pairs quotation marks paragraph by paragraph and returns the top-level
 * quotes in order. Curly double, straight double, doubled straight single
 * ('' ''), guillemets, and single marks are all read; ’ counts as a closing
 * mark only where it is not an apostrophe (not between two letters), so
 * "We’ll" or "Ukraine’s" never end a quote. Nested quotes stay inside
 * their outer quote. A paragraph that leaves a quote open and a next
 * paragraph that starts with the same mark form one quote in several parts.
 * Linear in the text: each character is looked at a bounded number of times.
 */
export function scanQuoteMarks(text: string, paragraphs: readonly Block[]): QuoteMarks[] {
  const out: QuoteMarks[] = [];
  let carry: { style: QuoteStyle; chain: number } | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const { start: ps, end: pe } = paragraphs[p];
    let from = ps;
    let carried: Opener | null = null;
    let carriedChain = -1;
    if (carry !== null) {
      const len = openerLength(text, ps, pe, carry.style);
      if (len > 0) {
        carried = { style: carry.style, pos: ps, len, low: false };
        carriedChain = carry.chain;
        from = ps + len;
      }
    }
    carry = null;
    const chainOf = (pos: number): number => (carried !== null && pos === carried.pos ? carriedChain : out.length);
    for (let retry = 0; retry <= MAX_RETRIES; retry++) {
      const left = scanRange(text, from, pe, carried, (outer, innerEnd, close) =>
        pushQuote(text, out, outer, innerEnd, close, chainOf(outer.pos)));
      if (left === null) break;
      const chain: number = chainOf(left.pos);
      const next = paragraphs[p + 1];
      const continues = next !== undefined && openerLength(text, next.start, next.end, left.style) > 0;
      // A run of paragraphs that never closes is still a quote; a lone unmatched mark is noise, so rescan past it.
      if (continues || left === carried) {
        pushQuote(text, out, left, pe, pe, chain);
        if (continues) carry = { style: left.style, chain };
        break;
      }
      from = left.pos + left.len;
    }
  }
  return out;
}

/** Receives each closed top-level quote: its opener, where its words end and where its closing mark ends. */
type Emit = (outer: Opener, innerEnd: number, close: number) => void;

/** Closes the innermost open quote of `style` and what it encloses; reports it when it was the outermost. */
function closeTo(stack: Opener[], emit: Emit, style: QuoteStyle, mark: number, len = 1): void {
  let k = stack.length - 1;
  while (k >= 0 && stack[k].style !== style) k--;
  if (k < 0) return;
  const outer = stack[0];
  stack.length = k;
  if (k === 0) emit(outer, mark, mark + len);
}

/** Whether a quote of `style` is open at any depth. */
function hasOpen(stack: readonly Opener[], style: QuoteStyle): boolean {
  for (const o of stack) if (o.style === style) return true;
  return false;
}

/** Opens a quote of `style` at `pos`; marks nested deeper than `MAX_DEPTH` are ignored. */
function open(stack: Opener[], style: QuoteStyle, pos: number, len: number, low = false): void {
  if (stack.length < MAX_DEPTH) stack.push({ style, pos, len, low });
}

/**
 * Scans one stretch; reports each closed top-level quote and returns the
 * outer opener left open, if any. The helpers live at module level, not as
 * closures per call: this runs once per paragraph.
 */
function scanRange(text: string, from: number, to: number, carried: Opener | null, emit: Emit): Opener | null {
  const stack: Opener[] = carried ? [carried] : [];
  // Only marks matter: one native scan jumps from mark to mark.
  for (let i = nextMark(text, from); i < to; i = nextMark(text, i + 1)) {
    const c = text[i];
    const prev = i > from ? text[i - 1] : " ";
    const next = i + 1 < to ? text[i + 1] : "";
    switch (c) {
      case "\u201c": {
        const top = stack[stack.length - 1];
        if (top && top.style === "double" && top.low) closeTo(stack, emit, "double", i);
        else open(stack, "double", i, 1);
        break;
      }
      case "\u201e": open(stack, "double", i, 1, true); break;
      case "\u201d": closeTo(stack, emit, "double", i); break;
      case "\u00ab": open(stack, "guillemet", i, 1); break;
      case "\u00bb": closeTo(stack, emit, "guillemet", i); break;
      case "\u2018": case "\u201a":
        if (!isWordChar(prev) && !isSpace(next) && !/^\d\ds/.test(text.slice(i + 1, i + 4))) open(stack, "single", i, 1);
        break;
      case "\u2019":
        if (isWordChar(prev) && isWordChar(next)) break;
        if (hasOpen(stack, "single") && !isSpace(prev)) closeTo(stack, emit, "single", i);
        break;
      case '"':
        if (hasOpen(stack, "double")) closeTo(stack, emit, "double", i);
        else if (isOpenBoundary(prev) && !isSpace(next)) open(stack, "double", i, 1);
        break;
      case "'": {
        if (next === "'") {
          if (hasOpen(stack, "double")) closeTo(stack, emit, "double", i, 2);
          else if (isOpenBoundary(prev)) open(stack, "double", i, 2);
          i++;
          break;
        }
        if (isWordChar(prev) && isWordChar(next)) break;
        if (hasOpen(stack, "single") && !isSpace(prev) && !isWordChar(next)) closeTo(stack, emit, "single", i);
        else if (isOpenBoundary(prev) && isWordChar(next) && !/^\d\ds/.test(text.slice(i + 1, i + 4))) open(stack, "single", i, 1);
        break;
      }
      default:
        break;
    }
  }
  return stack.length > 0 ? stack[0] : null;
}

const MARK = /["'\u00ab\u00bb\u2018-\u201e]/g;

/** Offset of the first quotation mark or apostrophe at or after `from`, or the text length. `test` builds no match array. */
function nextMark(text: string, from: number): number {
  MARK.lastIndex = from;
  return MARK.test(text) ? MARK.lastIndex - 1 : text.length;
}

/** Length of the opening mark of `style` at the start of a paragraph, or 0. */
function openerLength(text: string, start: number, end: number, style: QuoteStyle): number {
  if (start >= end) return 0;
  const c = text[start];
  if (style === "double") {
    if (c === "'" && text[start + 1] === "'") return 2;
    return c === "\u201c" || c === "\u201e" || c === '"' ? 1 : 0;
  }
  if (style === "single") return c === "\u2018" || c === "'" || c === "\u201a" ? 1 : 0;
  return c === "\u00ab" ? 1 : 0;
}

/** Records one quote with its inner words trimmed; empty quotes are skipped. */
function pushQuote(text: string, out: QuoteMarks[], outer: Opener, innerEnd: number, close: number, chain: number) {
  let start = outer.pos + outer.len;
  let end = innerEnd;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  if (end > start) out.push({ open: outer.pos, close, start, end, style: outer.style, chain });
}
