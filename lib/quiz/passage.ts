import { BLANK } from "./clause-blank.ts";

/**
 * How article text is shown inside a question. A prompt quotes a passage of
 * the article in “…”, so the passage's own quotation marks become single
 * ones (no doubled marks), a dateline ("SAN FRANCISCO — ") is dropped, and
 * whitespace is tidied. A blank replaces exactly the fact's words.
 */

/** Passages longer than this tire a reader; a clause of the sentence is used instead, or nothing. */
export const MAX_PASSAGE_WORDS = 50;
/** Fewer words than this around a blank give too little to read it by. */
export const MIN_CONTEXT_WORDS = 8;

/** "SAN FRANCISCO — ", "NAIROBI, July 27 — ", "LONDON (Reuters) - ": a place in capitals, maybe a date or source, a dash. */
const DATELINE = /^\s*\p{Lu}[\p{Lu}\p{M} .'’-]*\p{Lu}(?:,[\p{L}\d .,'’]{1,30}?)?(?:\s*\([^)]{1,40}\))?\s*[—–-]{1,2}\s+/u;
/** "Tiruppur, August 10:", "New Delhi, Aug 10 (PTI) —": a place in title case, a month and day, then a colon or dash. */
const DATED_LINE =
  /^\s*\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,3},\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?(?:\s*\([^)]{1,40}\))?\s*(?::|[—–-]{1,2})\s+/u;
const OPEN_DOUBLE = /[“„«]/;
const CLOSE_DOUBLE = /[”»]/;

/** A quotation as a question shows it: no trailing comma, colon, semicolon or full stop, no outer spaces. */
export function displayQuote(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s,;:.…—–-]+$/u, "")
    .trim();
}

/**
 * Text without a leading dateline of capitals and a dash ("SAN FRANCISCO — ").
 * Only an article's opening carries one (`opening`): later in the body "NASA —
 * the agency said" is a sentence.
 */
export function stripDateline(text: string, opening: boolean): string {
  if (!opening) return text;
  const dated = DATED_LINE.exec(text);
  if (dated) return text.slice(dated[0].length);
  const match = DATELINE.exec(text);
  // A capitalised opening word is not a dateline: "AI firms — …" has lower-case letters after it.
  return match && /\p{Lu}{2}/u.test(match[0]) ? text.slice(match[0].length) : text;
}

/**
 * Whether `offset` opens one of the first two paragraphs of a body: where a
 * dateline can stand (an article may start with its headline line).
 */
export function isOpening(body: string, offset: number): boolean {
  const before = body.slice(0, offset);
  if (!before.trim()) return true;
  const breaks = before.match(/\n\s*\n/g)?.length ?? 0;
  // One headline line before it: a single paragraph with no closing stop.
  return breaks === 1 && /\n\s*\n\s*$/.test(before) && !/[.!?]["”’]?$/.test(before.trim());
}

/** Where a body's dateline ends (0 when it has none): in its first paragraph, or its second after a headline line. */
export function datelineEnd(body: string): number {
  const second = /\n\s*\n/.exec(body);
  for (const start of [0, second ? second.index + second[0].length : -1]) {
    if (start < 0 || !isOpening(body, start)) continue;
    const rest = body.slice(start);
    const length = rest.length - stripDateline(rest, true).length;
    if (length > 0) return start + length;
  }
  return 0;
}

/**
 * Double quotation marks inside a passage turned into single ones, so the
 * passage can sit inside “…” without doubled marks. Straight quotes open
 * and close in turn.
 */
export function nestQuotes(text: string): string {
  let open = false;
  let out = "";
  for (const char of text) {
    if (OPEN_DOUBLE.test(char)) {
      out += "‘";
      open = true;
    } else if (CLOSE_DOUBLE.test(char)) {
      out += "’";
      open = false;
    } else if (char === '"') {
      out += open ? "’" : "‘";
      open = !open;
    } else out += char;
  }
  return out;
}

/** Collapses whitespace and drops spaces before punctuation. */
export function tidy(text: string): string {
  return text.replace(/\s+/g, " ").replace(/\s+([,.;:!?])/g, "$1").trim();
}

/** Word count of shown text. */
export function wordCount(text: string): number {
  const t = text.trim();
  return t ? t.split(/\s+/).length : 0;
}

/** A stretch of the body: absolute offsets and its text. */
export interface BodySpan {
  start: number;
  end: number;
  text: string;
}

/**
 * The passage a blank question shows: the whole sentence when it is short
 * enough, else the fact's clause when that reads as a sentence of its own,
 * with `[start, end)` (the fact's words) replaced by `replacement`. Null when
 * neither fits or the span is not inside them: a question is better dropped
 * than shown as a fragment. A long sentence may lose what trails after the
 * fact ("…were 38 percent more likely to develop delirium, a sudden state
 * of confusion that…"): its head still reads as a sentence. A true/false
 * statement passes no clause: a clause cut from its sentence ("Marchand, a
 * historian who…") is no claim.
 */
export function blankPassage(
  sentence: BodySpan,
  clause: BodySpan | undefined,
  start: number,
  end: number,
  replacement = BLANK,
): string | null {
  for (const span of [sentence, headOf(sentence, end), clause]) {
    if (!span || start < span.start || end > span.end || start >= end) continue;
    const words = wordCount(span.text);
    if (words > MAX_PASSAGE_WORDS) continue;
    const before = stripDateline(span.text.slice(0, start - span.start), span.start === 0);
    const after = span.text.slice(end - span.start);
    if (span === clause && !/^[\p{Lu}\d“"‘']/u.test(before || replacement)) continue;
    // A sentinel keeps the blank out of the quote-mark pass: the replacement may hold marks of its own.
    const shown = nestQuotes(`${before}\u0000${after}`);
    return tidy(shown.replace("\u0000", replacement)).replace(/^[,;:\s]+|[,;:\s]+$/g, "");
  }
  return null;
}

/**
 * A long sentence cut at the last comma, semicolon or dash after `end` that
 * leaves it short enough to show: the part that holds the fact and its
 * subject. Undefined when the sentence is short already or has no such cut.
 */
function headOf(sentence: BodySpan, end: number): BodySpan | undefined {
  if (wordCount(sentence.text) <= MAX_PASSAGE_WORDS) return undefined;
  let cut: number | undefined;
  for (const m of sentence.text.matchAll(/\s*(?:[,;]|\s[—–-])\s/g)) {
    const at = sentence.start + m.index;
    if (at < end) continue;
    if (wordCount(sentence.text.slice(0, m.index)) > MAX_PASSAGE_WORDS) break;
    cut = m.index;
  }
  return cut === undefined ? undefined : { start: sentence.start, end: sentence.start + cut, text: `${sentence.text.slice(0, cut)}…` };
}

/** The passage around a blank as prompts print it: the text inside the outer “…”, or null. */
export function quotedPassage(prompt: string): string | null {
  const open = prompt.indexOf("“");
  const close = prompt.lastIndexOf("”");
  return open >= 0 && close > open ? prompt.slice(open + 1, close) : null;
}

/** Text with its first letter in capitals, for a label that starts a sentence ("the article" → "The article"). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whether a name's surname is a word of the text. */
export function namedIn(name: string, text: string): boolean {
  const surname = name.trim().split(/\s+/).at(-1) ?? "";
  return surname.length > 1 && new RegExp(`(?<!\\p{L})${surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?!\\p{L})`, "u").test(text);
}
