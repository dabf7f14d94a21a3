/**
 * Sentence boundaries for clause lookup. A full stop ends a sentence unless it
 * closes an abbreviation ("Mr.", "U.S.", "a.m.", an initial), because news
 * text is full of them and a wrong cut would split "U.S. President" from its
 * verb. Line breaks always end a sentence: headlines and captions have no stop.
 */

const ABBREVIATIONS = new Set(
  ("mr mrs ms dr prof st sen rep gov gen col lt sgt capt cmdr adm jr sr inc ltd co corp vs etc no nos fig approx est dept " +
    "jan feb mar apr jun jul aug sep sept oct nov dec mt ft pres rev hon gen")
    .split(" "),
);

const BREAK_OR_STOP = /[\n\r.!?]/g;

/** Characters that may close a sentence after its final stop: quotes, brackets. */
const CLOSERS = new Set(['"', "'", "\u201d", "\u2019", ")", "]"]);

/**
 * Sorted offsets where sentences start, beginning with 0. Linear in the text
 * length and never throws, whatever the string holds.
 */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  const n = text.length;
  // One native scan jumps between line breaks and stops; nothing else can start a sentence.
  const marks = BREAK_OR_STOP;
  marks.lastIndex = 0;
  while (marks.test(text)) {
    const i = marks.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      let j = i + 1;
      while (j < n && isSpace(text.charCodeAt(j))) j++;
      if (j < n && j > starts[starts.length - 1]) starts.push(j);
      marks.lastIndex = j;
      continue;
    }
    let j = i + 1;
    while (j < n && CLOSERS.has(text[j])) j++;
    if (j >= n || !isSpace(text.charCodeAt(j))) continue;
    if (c === 46 && isAbbreviation(text, i)) continue;
    let k = j;
    while (k < n && isSpace(text.charCodeAt(k)) && text.charCodeAt(k) !== 10) k++;
    if (k < n && startsSentence(text.charCodeAt(k)) && k > starts[starts.length - 1]) starts.push(k);
  }
  return starts;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f;
}

function startsSentence(c: number): boolean {
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() || (c >= 48 && c <= 57) || c === 34 || c === 0x201c || c === 0x2018 || c === 39;
}

/** Whether the stop at `dot` ends an abbreviation rather than a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && s > dot - 12 && isLetterOrDot(text.charCodeAt(s - 1), text, s - 1)) s--;
  const word = text.slice(s, dot);
  if (word.length === 1) return true; // an initial: "J. Smith"
  if (word.includes(".")) return true; // "U.S", "a.m", "D.C"
  return ABBREVIATIONS.has(word.toLowerCase());
}

const LETTER = /\p{L}/u;

/** A letter or a full stop at `i` (code `c`): ASCII by code, the rest by one Unicode class test. */
function isLetterOrDot(c: number, text: string, i: number): boolean {
  if (c < 128) return c === 46 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(text[i]);
}
