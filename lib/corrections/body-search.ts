import type { Span } from "../extract/fact-schema.ts";
import { foldChar } from "../story/text-fold.ts";

/**
 * Finds words a teacher typed in the article body. Teachers type straight
 * quotes and plain spaces where the article has curly quotes and
 * non-breaking spaces, so the search runs on folded text; folding keeps one
 * code unit per code unit, so a match's offsets are the body's offsets and
 * `body.slice(start, end)` is the article's own text.
 */
export function findInBody(body: string, words: string): Span | null {
  const needle = fold(words.trim());
  if (needle === "") return null;
  const start = fold(body).indexOf(needle);
  if (start < 0) return null;
  const end = start + needle.length;
  return { start, end, text: body.slice(start, end) };
}

function fold(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]!);
  return out;
}

const SENTENCE_END = /[.!?]["'\u2019\u201d]?(?=\s)|\n/g;

/**
 * The sentence around a span: from after the previous sentence end (or line
 * break) to the next one after the span, so the attribution after a quote
 * ("…,” Macron said.) is included.
 */
export function sentenceAround(body: string, span: Span): Span {
  let start = 0;
  let end = body.length;
  for (const match of body.matchAll(SENTENCE_END)) {
    const boundary = match.index + match[0].length;
    if (boundary <= span.start) start = boundary;
    else if (boundary >= span.end) {
      end = match[0] === "\n" ? match.index : boundary;
      break;
    }
  }
  while (start < span.start && /\s/.test(body[start]!)) start++;
  return { start, end, text: body.slice(start, end) };
}
