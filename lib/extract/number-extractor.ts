import type { NumberFact } from "./fact-schema.ts";
import { NUMBER_WORD, SCALES, wordValue } from "./number-words.ts";
import type { ExtractionContext, Extractor } from "./types.ts";

/** A number found in the body, before ids and clauses are attached. */
export type NumberCandidate = Pick<NumberFact, "start" | "end" | "text" | "value" | "counted" | "confidence">;

// Digits ("2,500", "1.5") or number words ("four", "twenty-five"), an optional
// scale ("million") and, glued by a hyphen, the first counted word ("30-day").
const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\d.,:/$-])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:${NUMBER_WORD})(?:-(?:${NUMBER_WORD}))?)(?![\d:]|\.\d|,\d{3})` +
    String.raw`(?:\s(hundred|thousand|million|billion|trillion)\b)?(?:(\s?%|\sper\s?cent\b|\spercent\b)|-(\p{Ll}+))?`,
  "giu",
);
const COUNTED_WORD = /^\s(\p{Ll}[\p{Ll}'’-]*)/u;
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
    for (const m of text.matchAll(NUMBER)) {
      const numeral = m[1];
      const isWord = /^\p{L}/u.test(numeral);
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
        const period = PERIOD_WORDS.exec(text.slice(cursor + 1, cursor + 16));
        if (period && counted.length && text[cursor] === " ") {
          counted.push(period[0]);
          cursor += period[0].length + 1;
          break;
        }
        const next = COUNTED_WORD.exec(text.slice(cursor, cursor + 40));
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
