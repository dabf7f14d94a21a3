import { candidate, type DateCandidate, type PendingDate } from "./date-candidate.ts";
import { matchesOf } from "./regex-scan.ts";
import type { ExtractionContext, Extractor } from "./types.ts";

const DEICTIC = /\b(today|tonight|tomorrow|yesterday|Today|Tonight|Tomorrow|Yesterday)\b/g;
const THIS_NEXT_LAST = /\b(the\s+|[Tt]he\s+)?(this|last|next|This|Last|Next|earlier\s+this|later\s+this|Earlier\s+this)\s+(year|month|week|weekend)\b/g;
const VAGUE = /\b(?:(?:in\s+)?(?:recent|coming|past|the\s+coming|the\s+past)\s+(?:days|weeks|months|years)|over\s+the\s+weekend)\b/gi;
/** "last night" is the evening before the anchor day; "this morning" the anchor day itself. */
const PART_OF_DAY = /\b(last|this|Last|This)\s+(night|evening|morning|afternoon)\b/g;
const AGO = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(days?|years?)\s+ago\b/gi;
const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const OFFSETS: Record<string, number> = { today: 0, tonight: 0, tomorrow: 1, yesterday: -1 };

/**
 * Dates relative to the anchor day: "tomorrow", "last year", "two days ago".
 * Spans a reader cannot pin to one day, month or year ("last week", "recent
 * weeks", "the last year") are kept as vague with a null value: true, but
 * never a false day.
 */
export const relativeDateExtractor: Extractor<DateCandidate> = {
  name: "relative",
  extract(context: ExtractionContext): DateCandidate[] {
    const { text } = context;
    const out: DateCandidate[] = [];
    const add = (start: number, end: number, pending: PendingDate | undefined, granularity: DateCandidate["granularity"]) =>
      out.push(candidate(text, start, end, { value: null, granularity, confidence: pending ? 0.9 : 0.5, pending, source: "relative" }));
    for (const m of matchesOf(DEICTIC, text)) {
      // "USA Today", "Russia Today": a capitalised word before makes it a name.
      // "the BBC's Today programme": a capitalised word mid-sentence is a title, unless it opens a quotation.
      if (/^\p{Lu}/u.test(m[1]) && /[\p{L}\d,]\s$/u.test(text.slice(Math.max(0, m.index - 20), m.index)) && !atSentenceStart(text, m.index)) continue;
      add(m.index, m.index + m[0].length, { kind: "offset", days: OFFSETS[m[1].toLowerCase()] }, "day");
    }
    for (const m of matchesOf(THIS_NEXT_LAST, text)) {
      const start = m.index + (m[1]?.length ?? 0);
      const end = m.index + m[0].length;
      const which = m[2].toLowerCase().replace(/\s+/g, " ");
      const unit = m[3];
      const offset = which === "last" ? -1 : which === "next" ? 1 : 0;
      // "the last year" is a stretch of twelve months, not a calendar year.
      if (m[1] !== undefined || unit === "week" || unit === "weekend") add(start, end, undefined, "vague");
      else if (unit === "year") add(start, end, { kind: "year-offset", years: offset }, "year");
      else add(start, end, { kind: "month-offset", months: offset }, "month");
    }
    for (const m of matchesOf(VAGUE, text)) add(m.index, m.index + m[0].length, undefined, "vague");
    for (const m of matchesOf(PART_OF_DAY, text)) {
      // "last morning" is no English: only "last night" and "last evening" go back a day.
      const back = m[1].toLowerCase() === "last";
      if (back && m[2] !== "night" && m[2] !== "evening") continue;
      add(m.index, m.index + m[0].length, { kind: "offset", days: back ? -1 : 0 }, "day");
    }
    for (const m of matchesOf(AGO, text)) {
      const n = COUNTS[m[1].toLowerCase()] ?? Number(m[1]);
      const years = m[2].toLowerCase().startsWith("year");
      add(m.index, m.index + m[0].length, years ? { kind: "year-offset", years: -n } : { kind: "offset", days: -n }, years ? "year" : "day");
    }
    return out;
  },
};

function atSentenceStart(text: string, index: number): boolean {
  return /(?:^|[.!?\n:"“‘—–]\s*)$/.test(text.slice(Math.max(0, index - 4), index));
}
