import { candidate, type DateCandidate } from "./date-candidate.ts";
import { formatDate, isRealDay, MONTHS } from "./date-math.ts";
import { matchesOf } from "./regex-scan.ts";
import type { ExtractionContext, Extractor } from "./types.ts";

const FULL = "January|February|March|April|May|June|July|August|September|October|November|December";
const SHORT = String.raw`Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?`;
// Month first ("March 11, 2024", "March 2022", "last August") or day first
// ("11 March 2024"). Each part is a fixed word or a bounded digit run, so the
// pattern cannot backtrack badly.
const MONTH_FIRST = new RegExp(
  String.raw`\b(?:(in|since|until|by|from|during|through|early|late|mid-|last|next|this|of|In|Since|Until|By|From|During|Last|Next|Early|Late)\s+)?` +
    String.raw`(${FULL}|${SHORT})(?:\s(\d{1,2})(?:st|nd|rd|th)?\b(?![:.,]?\d))?(?:,?\s(\d{4})\b(?![-/]))?`,
  "g",
);
const DAY_FIRST = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s(?:of\s)?(${FULL}|${SHORT})(?:,?\s(\d{4})\b)?`, "g");
const FULL_NAME = new RegExp(`^(?:${FULL})$`);
/** Cues that make a bare month name a date ("in May") rather than a verb or a name. */
const BARE_CUES = new Set("in since until by from during through early late mid- last next this of".split(" "));

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
      const month = monthOf(m[2]);
      const cue = m[1]?.toLowerCase();
      const day = m[3] === undefined ? undefined : Number(m[3]);
      const year = m[4] === undefined ? undefined : Number(m[4]);
      const isShort = !FULL_NAME.test(m[2]);
      if (month === undefined || (isShort && day === undefined)) continue;
      // A cue word is kept in the span only when it changes the value.
      const keepCue = cue === "last" || cue === "next";
      const start = keepCue || m[1] === undefined ? m.index : m.index + m[0].indexOf(m[2], m[1].length);
      const dated = toCandidate(text, start, m.index + m[0].length, month, day, year, cue);
      if (dated) out.push(dated);
    }
    for (const m of matchesOf(DAY_FIRST, text)) {
      const month = monthOf(m[2]);
      if (month === undefined) continue;
      const dated = toCandidate(text, m.index, m.index + m[0].length, month, Number(m[1]), m[3] === undefined ? undefined : Number(m[3]), undefined);
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
): DateCandidate | null {
  const fields = { source: "month-name", confidence: 0.95 } as const;
  if (year !== undefined && (year < 1000 || year > 2199)) year = undefined;
  if (day !== undefined) {
    if (year !== undefined) {
      return isRealDay(year, month, day) ? candidate(text, start, end, { ...fields, value: formatDate(year, month, day), granularity: "day" }) : null;
    }
    if (!isRealDay(2024, month, day)) return null;
    return candidate(text, start, end, { ...fields, value: null, granularity: "day", pending: { kind: "month-day", month, day } });
  }
  if (year !== undefined) return candidate(text, start, end, { ...fields, value: formatDate(year, month), granularity: "month" });
  if (cue === undefined || !BARE_CUES.has(cue)) return null;
  const shift = cue === "last" ? "last" : cue === "next" ? "next" : undefined;
  return candidate(text, start, end, { ...fields, value: null, granularity: "month", pending: { kind: "month", month, shift } });
}
