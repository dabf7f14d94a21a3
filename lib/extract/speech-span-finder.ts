import type { Span } from "./fact-schema.ts";

/** Opening quotation marks and the marks that may close them. */
const PAIRS: Record<string, string> = { "\u201c": "\u201d", '"': '"', "\u2018": "\u2019", "\u00ab": "\u00bb" };
/** A quotation longer than this is taken as a stray mark, not a quote. */
const MAX_QUOTE = 3000;

/**
 * Stretches of the body inside quotation marks, found without the quote
 * extractor (which may not have run): “…”, "…", ‘…’ and «…». An apostrophe
 * (’ before a letter: "we’re") never closes a single quote. Linear: the next
 * closing mark of each kind is looked up in a table built in one backward pass.
 */
export function findQuotedSpans(text: string): Span[] {
  // The tense and reported-speech refiners ask for the same body in turn: find its spans once.
  if (lastSpans && lastSpans.text === text) return lastSpans.spans;
  const spans = scanQuotedSpans(text);
  lastSpans = { text, spans };
  return spans;
}

let lastSpans: { text: string; spans: Span[] } | undefined;

function scanQuotedSpans(text: string): Span[] {
  const nextClose = closingTables(text);
  const spans: Span[] = [];
  let i = 0;
  while (i < text.length) {
    const close = PAIRS[text[i]];
    if (close === undefined || (text[i] === "\u2018" && isLetter(text[i - 1]))) {
      i++;
      continue;
    }
    const end = nextClose[close]?.[i + 1] ?? -1;
    if (end < 0 || end - i > MAX_QUOTE) {
      i++;
      continue;
    }
    spans.push({ start: i + 1, end, text: text.slice(i + 1, end) });
    i = end + 1;
  }
  return spans;
}

/** For each closing mark, the index of its next occurrence at or after every offset (-1: none). */
function closingTables(text: string): Partial<Record<string, Int32Array>> {
  const tables: Partial<Record<string, Int32Array>> = {};
  for (const close of new Set(Object.values(PAIRS))) {
    if (!text.includes(close)) continue;
    const table = new Int32Array(text.length + 1).fill(-1);
    for (let j = text.length - 1; j >= 0; j--) {
      const closes = text[j] === close && !(close === "\u2019" && isLetter(text[j + 1]));
      table[j] = closes ? j : table[j + 1];
    }
    tables[close] = table;
  }
  return tables;
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch);
}
