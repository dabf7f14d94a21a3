/** A stretch of the body, `[start, end)`. */
export interface Block {
  start: number;
  end: number;
}

/** A sentence and the paragraph it sits in. */
export interface Sentence extends Block {
  paragraph: number;
}

/** Abbreviations whose final period does not end a sentence. */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "rev", "gov", "sen",
  "rep", "hon", "pres", "adm", "no", "vs", "etc", "inc", "corp", "ltd", "co", "jan", "feb", "mar", "apr",
  "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "fig", "vol", "ft", "mt",
]);

/** Lines of text, whitespace trimmed, empty lines dropped: headlines and captions are their own paragraphs. */
export function splitParagraphs(text: string): Block[] {
  const out: Block[] = [];
  let lineStart = 0;
  const breaks = /[\n\r\u2029]/g;
  for (;;) {
    const found = breaks.exec(text);
    const i = found ? found.index : text.length;
    let s = lineStart;
    let e = i;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
    lineStart = i + 1;
    if (!found) break;
  }
  return out;
}

/**
 * Splits paragraphs into sentences at . ! ? followed by space and a capital,
 * digit or opening quote. Marks inside quotation marks never split, so a
 * quote of several sentences stays in the sentence of its attribution;
 * abbreviations ("U.S.", "Mr.", "p.m.") and initials do not split either.
 * `quotes` must be sorted by `open` and not overlap.
 */
export function splitSentences(text: string, paragraphs: readonly Block[], quotes: readonly { open: number; close: number }[]): Sentence[] {
  const out: Sentence[] = [];
  let q = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const { start, end } = paragraphs[p];
    let sentenceStart = start;
    let stop = -1;
    for (let i = start; i < end; i++) {
      while (q < quotes.length && quotes[q].close <= i) q++;
      const quoteOpen = q < quotes.length ? quotes[q].open : end;
      if (quoteOpen > i) {
        // Jump to the next stop mark or quote: nothing between them can end a sentence.
        if (stop < i) stop = nextStop(text, i);
        i = Math.min(stop, quoteOpen);
        if (i >= end) break;
      }
      if (q < quotes.length && quotes[q].open <= i) {
        const close = Math.min(end, quotes[q].close);
        // A quote that ends its own sentence ("… silent.’ This view …") closes the sentence with it.
        const k = close < end && /\s/.test(text[close]) ? skipSpace(text, close, end) : -1;
        if (k > 0 && k < end && /[.!?\u2026]/.test(text[close - 2] ?? "") && /[\p{Lu}\u201c\u2018"\u00ab]/u.test(text[k])) {
          out.push({ start: sentenceStart, end: close, paragraph: p });
          sentenceStart = k;
          i = k - 1;
        } else i = close - 1;
        continue;
      }
      const code = text.charCodeAt(i);
      if (code !== 46 && code !== 33 && code !== 63 && code !== 0x2026) continue;
      const c = text[i];
      let j = i + 1;
      while (j < end && (text[j] === ")" || text[j] === "]")) j++;
      if (j >= end || !/\s/.test(text[j])) continue;
      let k = j;
      while (k < end && /\s/.test(text[k])) k++;
      if (k >= end) continue;
      const nextChar = text[k];
      const opensQuote = "\u201c\u2018\"'\u00ab\u201e".includes(nextChar);
      if (!opensQuote && !/[\p{Lu}\p{N}]/u.test(nextChar)) continue;
      if (c === "." && !opensQuote && isAbbreviation(text, i, start)) continue;
      out.push({ start: sentenceStart, end: j, paragraph: p });
      sentenceStart = k;
      i = k - 1;
    }
    if (sentenceStart < end) out.push({ start: sentenceStart, end, paragraph: p });
  }
  return out;
}

const STOP_MARK = /[.!?\u2026]/g;

/**
 * Offset of the first . ! ? … at or after `from`, or the text length: one
 * native scan instead of a loop per character; `test` builds no match array.
 */
function nextStop(text: string, from: number): number {
  STOP_MARK.lastIndex = from;
  return STOP_MARK.test(text) ? STOP_MARK.lastIndex - 1 : text.length;
}

function skipSpace(text: string, from: number, end: number): number {
  let k = from;
  while (k < end && /\s/.test(text[k])) k++;
  return k;
}

/** True when the word ending at the period `dot` is an abbreviation or an initial. */
function isAbbreviation(text: string, dot: number, floor: number): boolean {
  let s = dot;
  while (s > floor && s > dot - 12 && isLetterOrDot(text.charCodeAt(s - 1), text, s - 1)) s--;
  const word = text.slice(s, dot);
  if (word.length === 0) return false;
  if (word.includes(".")) return true;
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

const LETTER = /\p{L}/u;

/** A letter or a full stop at `i` (code `c`): ASCII by code, the rest by one Unicode class test. */
function isLetterOrDot(c: number, text: string, i: number): boolean {
  if (c < 128) return c === 46 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(text[i]);
}
