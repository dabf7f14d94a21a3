import { candidate, type DateCandidate } from "./date-candidate.ts";
import { formatDate, isRealDay, MONTHS } from "./date-math.ts";
import { matchesOf } from "./regex-scan.ts";
import type { ExtractionContext, Extractor } from "./types.ts";

const FULL = "January|February|March|April|May|June|July|August|September|October|November|December";
const SHORT = String.raw`Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?`;
// "3 May next year", "March 12 last year": the year is said in words.
const YEAR_AFTER = String.raw`(?:,?\s(next|last|this)\syear\b)?`;
// Month first ("March 11, 2024", "March 2022", "last August") or day first
// ("11 March 2024"). Each part is a fixed word or a bounded digit run, so the
// pattern cannot backtrack badly.
const MONTH_FIRST = new RegExp(
  String.raw`\b(?:(in|since|until|by|from|during|through|early|late|last|next|this|of|to|before|after|In|Since|Until|By|From|During|Last|Next|Early|Late|Before|After)\s+|([Mm]id-))?` +
    String.raw`(${FULL}|${SHORT})(?:\s(\d{1,2})(?:st|nd|rd|th)?\b(?![:.,]?\d))?(?:,?\s(\d{4})\b(?![-/]))?${YEAR_AFTER}`,
  "g",
);
const DAY_FIRST = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s(?:of\s)?(${FULL}|${SHORT})(?:,?\s(\d{4})\b)?${YEAR_AFTER}`, "g");
const FULL_NAME = new RegExp(`^(?:${FULL})$`);
/** Cues that make a bare month name a date ("in May") rather than a verb or a name. */
const BARE_CUES = new Set("in since until by from during through early late mid- last next this of to before after".split(" "));
/** Cues that also stand before a person: "wrote to May", "after May resigned". */
const PERSON_CUES = new Set("to before after".split(" "));
const YEAR_WORDS: Record<string, number> = { last: -1, this: 0, next: 1 };

/**
 * Dates written with a month name: a day ("February 12"), a month of a year
 * ("March 2022"), or a bare month after a cue ("in February", "last August").
 * "May" and "March" alone are never taken without a cue: they are far more
 * often a verb, a name or a noun ("a march on the capital").
 */
export const monthNameDateExtractor: Extractor<DateCandidate> = {
  name: "month-name",
  extract(context: ExtractionContext): DateCandidate[] {
    const { text } = context;
    const out: DateCandidate[] = [];
    for (const m of matchesOf(MONTH_FIRST, text)) {
      const name = m[3];
      const month = monthOf(name);
      const cue = (m[1] ?? m[2])?.toLowerCase();
      const day = m[4] === undefined ? undefined : Number(m[4]);
      const year = m[5] === undefined ? undefined : Number(m[5]);
      const isShort = !FULL_NAME.test(name);
      if (month === undefined || (isShort && day === undefined)) continue;
      if (name === "May" && cue !== undefined && PERSON_CUES.has(cue) && day === undefined && year === undefined) continue;
      // A cue word is kept in the span only when it changes the value.
      const keepCue = cue === "last" || cue === "next";
      const cueText = m[1] ?? m[2];
      const start = keepCue || cueText === undefined ? m.index : m.index + m[0].indexOf(name, cueText.length);
      const dated = toCandidate(text, start, m.index + m[0].length, month, day, year, cue, m[6]);
      if (dated) out.push(dated);
    }
    for (const m of matchesOf(DAY_FIRST, text)) {
      const month = monthOf(m[2]);
      if (month === undefined) continue;
      const dated = toCandidate(text, m.index, m.index + m[0].length, month, Number(m[1]), m[3] === undefined ? undefined : Number(m[3]), undefined, m[4]);
      if (dated) out.push(dated);
    }
    return out;
  },
};

function monthOf(name: string): number | undefined {
  return MONTHS.get(name.replace(/\.$/, "").toLowerCase());
}

function toCandidate(
  text: string,
  start: number,
  end: number,
  month: number,
  day: number | undefined,
  year: number | undefined,
  cue: string | undefined,
  yearWord: string | undefined,
): DateCandidate | null {
  const fields = { source: "month-name", confidence: 0.95 } as const;
  if (year !== undefined && (year < 1000 || year > 2199)) year = undefined;
  if (day !== undefined) {
    if (year !== undefined) {
      return isRealDay(year, month, day) ? candidate(text, start, end, { ...fields, value: formatDate(year, month, day), granularity: "day" }) : null;
    }
    if (!isRealDay(2024, month, day)) return null;
    const years = yearWord === undefined ? undefined : YEAR_WORDS[yearWord];
    return candidate(text, start, end, { ...fields, value: null, granularity: "day", pending: { kind: "month-day", month, day, years } });
  }
  if (year !== undefined) return candidate(text, start, end, { ...fields, value: formatDate(year, month), granularity: "month" });
  const years = yearWord === undefined ? undefined : YEAR_WORDS[yearWord];
  if (years === undefined && (cue === undefined || !BARE_CUES.has(cue))) return null;
  const shift = cue === "last" ? "last" : cue === "next" ? "next" : undefined;
  return candidate(text, start, end, { ...fields, value: null, granularity: "month", pending: { kind: "month", month, shift, years } });
}
