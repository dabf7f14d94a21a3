import { candidate, type DateCandidate } from "./date-candidate.ts";
import { matchesOf } from "./regex-scan.ts";
import { TIME_ZONES } from "./time-zones.ts";
import type { ExtractionContext, Extractor } from "./types.ts";

// Four digits not glued to other digits, separators or currency signs.
const YEAR = /(?<![\d.,:/$£€¥-])\b(1[0-9]{3}|20[0-9]{2}|2100)\b(?![.,:/-]?\d|%)/g;
/** Words before a number that make it a year ("in 1945", "the 1945 conference"). */
const YEAR_CUES = new Set("in since until by from of during before after through between and to early late mid circa the year".split(" "));
/** Units after "a 2000 …" that make the number a measure, not a year ("a 2000 km border"). */
const UNITS = new Set("km kilometres kilometers miles metres meters feet tonnes tons people troops pounds dollars euros acres hectares barrels words".split(" "));
const PREVIOUS_WORD = /([\p{L}]+)[\s-]*$/u;
const NEXT_WORD = /^\s+([\p{L}]+)/u;

/**
 * Years written alone ("1945", "in 2022"). A four-digit number followed by a
 * lowercase noun ("1500 troops") is a count unless a cue before it says
 * "year"; one followed by a time zone ("1400 GMT") is a clock time.
 */
export const yearDateExtractor: Extractor<DateCandidate> = {
  name: "year",
  extract(context: ExtractionContext): DateCandidate[] {
    const { text } = context;
    const out: DateCandidate[] = [];
    for (const m of matchesOf(YEAR, text)) {
      const start = m.index;
      const end = start + m[0].length;
      const next = NEXT_WORD.exec(text.slice(end, end + 30))?.[1];
      if (next !== undefined && TIME_ZONES.has(next)) continue;
      const previous = PREVIOUS_WORD.exec(text.slice(Math.max(0, start - 20), start))?.[1]?.toLowerCase();
      const cued = previous !== undefined && YEAR_CUES.has(previous);
      const countsSomething = next !== undefined && /^\p{Ll}/u.test(next) && !YEAR_CUES.has(next) && next !== "when" && next !== "was";
      const year = Number(m[1]);
      const plausible = year >= 1900 && year <= 2100;
      // "a 2018 court ruling": an article before a year that modifies a noun; less sure than a cue.
      const modifier = (previous === "a" || previous === "an") && plausible && next !== undefined && !UNITS.has(next);
      if (modifier) {
        out.push(candidate(text, start, end, { value: m[1], granularity: "year", confidence: 0.7, source: "year" }));
        continue;
      }
      if (countsSomething && !(cued && (plausible || (previous !== "the" && previous !== "and" && previous !== "to")))) continue;
      if (!cued && (year < 1900 || year > 2100)) continue;
      out.push(candidate(text, start, end, { value: m[1], granularity: "year", confidence: cued ? 0.9 : 0.7, source: "year" }));
    }
    return out;
  },
};
