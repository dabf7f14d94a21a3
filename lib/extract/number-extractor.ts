import type { NumberFact } from "./fact-schema.ts";
import { NUMBER_WORD, SCALES, wordValue } from "./number-words.ts";
import type { ExtractionContext, Extractor } from "./types.ts";

/** A number found in the body, before ids and clauses are attached. */
export type NumberCandidate = Pick<NumberFact, "start" | "end" | "text" | "value" | "counted" | "confidence">;

// Digits ("2,500", "1.5") or number words ("four", "twenty-five"), an optional
// scale ("million") and, glued by a hyphen, the first counted word ("30-day").
// Sticky: it is only tried where `NUMERAL_START` says a numeral may begin.
const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\d.,:/$-])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:${NUMBER_WORD})(?:-(?:${NUMBER_WORD}))?)(?![\d:]|\.\d|,\d{3})` +
    String.raw`(?:\s(hundred|thousand|million|billion|trillion)\b)?(?:(\s?%|\sper\s?cent\b|\spercent\b)|-(\p{Ll}+))?`,
  "iuy",
);
/**
 * Where `NUMBER` may match: a digit or a number word in any case. Scanning a
 * whole body with `NUMBER` itself is slow, since its case-insensitive
 * Unicode alternation is tried at every character; this case-sensitive
 * spelling of the same words scans several times faster. "ſ" is the one
 * character besides "s" and "S" that the `iu` flags fold to a letter of
 * these words.
 */
const NUMERAL_START = new RegExp(`[0-9]|${NUMBER_WORD.split("|").map(anyCase).join("|")}`, "g");

function anyCase(word: string): string {
  return [...word].map((c) => (c === "s" ? "[sSſ]" : `[${c}${c.toUpperCase()}]`)).join("");
}
const COUNTED_WORD = /^\s(\p{Ll}[\p{Ll}'’-]*)/u;
/** `COUNTED_WORD` read in place, without a slice per number. */
const COUNTED_WORD_AT = /\s(\p{Ll}[\p{Ll}'’-]*)/uy;
/** How far after a number its counted words are looked for. */
const WINDOW = 40;
/** Words that end what is counted: function words, verbs of being, relatives. */
const STOP = new Set(
  ("a an the of in on at by for to from with into over under about against between through during after before since until " +
    "and or but nor as than that which who whom whose where when while if because is are was were be been being has have had " +
    "do does did will would shall should can could may might must not also still already so from both")
    .split(" "),
);
const PERIOD_WORDS = /^(?:each|every|per|a)\s(?:day|week|month|year|hour)\b/u;
const ORDINAL_OR_PRONOUN = /\b(?:the|this|that|no|any|every|each|which|previous|next|last|other|only|new|same|first|second)\s$/i;

/**
 * Quantities with what they count: "2,500 soldier deaths each week" → 2500,
 * "soldier deaths each week"; "a 30-day ceasefire" → 30, "day ceasefire".
 * A number with nothing counted after it, or "one" used as a pronoun ("one
 * of the areas"), is left out: it would make no question.
 */
export const numberExtractor: Extractor<NumberCandidate> = {
  name: "number",
  extract(context: ExtractionContext): NumberCandidate[] {
    const { text } = context;
    const out: NumberCandidate[] = [];
    NUMERAL_START.lastIndex = 0;
    for (let at = NUMERAL_START.exec(text); at; at = NUMERAL_START.exec(text)) {
      NUMBER.lastIndex = at.index;
      const m = NUMBER.exec(text);
      if (!m) continue;
      // Go on after the match, as a global scan would; a later start inside the word could never pass the lookbehind.
      NUMERAL_START.lastIndex = Math.max(NUMERAL_START.lastIndex, m.index + m[0].length);
      const numeral = m[1];
      const first = numeral.charCodeAt(0);
      const isWord = first < 48 || first > 57;
      if (isWord && /^\p{Lu}/u.test(numeral) === false && numeral !== numeral.toLowerCase()) continue;
      let value = isWord ? wordValue(numeral) : Number(numeral.replace(/,/g, ""));
      if (value === null || !Number.isFinite(value)) continue;
      if (m[2] !== undefined) value *= SCALES.get(m[2].toLowerCase()) ?? 1;
      const start = m.index;
      let end = m.index + m[0].length;
      const counted: string[] = [];
      if (m[3] !== undefined) counted.push("percent");
      if (m[4] !== undefined) counted.push(m[4]);
      let cursor = end;
      for (let k = 0; k < 4; k++) {
        const period = counted.length && text.charCodeAt(cursor) === 32 ? PERIOD_WORDS.exec(text.slice(cursor + 1, cursor + 16)) : null;
        if (period) {
          counted.push(period[0]);
          cursor += period[0].length + 1;
          break;
        }
        const next = countedWord(text, cursor);
        if (!next || STOP.has(next[1]) || (k > 0 && /(?:ed|ly)$/.test(next[1]))) break;
        counted.push(next[1]);
        cursor += next[0].length;
      }
      if (!counted.length) continue;
      if (numeral.toLowerCase() === "one" && ORDINAL_OR_PRONOUN.test(text.slice(Math.max(0, start - 12), start))) continue;
      end = Math.max(end, m.index + m[0].length);
      out.push({ start, end, text: text.slice(start, end), value, counted: counted.join(" "), confidence: isWord ? 0.8 : 0.9 });
    }
    return out;
  },
};

/**
 * The word after `cursor` that a number counts, as `COUNTED_WORD` finds it
 * in the next `WINDOW` characters. A sticky match on the body spares a
 * slice per number; a match running past the window is rare and redone on
 * the slice, so that the window still cuts it.
 */
function countedWord(text: string, cursor: number): RegExpExecArray | null {
  COUNTED_WORD_AT.lastIndex = cursor;
  const m = COUNTED_WORD_AT.exec(text);
  if (m && m[0].length >= WINDOW) return COUNTED_WORD.exec(text.slice(cursor, cursor + WINDOW));
  return m;
}
