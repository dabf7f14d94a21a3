import { candidate, type DateCandidate } from "./date-candidate.ts";
import { WEEKDAYS } from "./date-math.ts";
import { matchesOf } from "./regex-scan.ts";
import { CLOCK_TIME, TIME_ZONES } from "./time-zones.ts";
import type { ExtractionContext, Extractor } from "./types.ts";

// "on Tuesday", "last Friday", "Tuesday's", "on Tuesday morning"; the tense
// refiner later picks which Tuesday. One alternation of fixed words: linear.
const WEEKDAY =
  /\b(?:([Oo]n|[Ll]ast|[Nn]ext|[Tt]his|[Bb]y|[Uu]ntil|[Ss]ince|[Ee]arly|[Ll]ate)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(['’]s)?(?:\s+(?:morning|afternoon|evening|night))?\b/g;
const TIME_BEFORE = new RegExp(String.raw`(?:${CLOCK_TIME})(?:\s[A-Z]{2,4})?(?:\s?,)?\s(?:on\s)?$`);
const TIME_AFTER = new RegExp(String.raw`^(?:,?\s(?:at\s)?(?:${CLOCK_TIME}))?(?:\s([A-Z]{2,4})\b)?`);
const NEXT_WORD = /^\s+(\p{Lu}[\p{L}]*)/u;
const PREVIOUS_WORD = /(\p{Lu}[\p{L}]*)\s+$/u;
const SENTENCE_END = /(?:^|[.!?:;"“”\n]\s*)$/;

/**
 * Weekday names, with a clock time or zone around them ("7:30 p.m. Tuesday
 * IST") folded into the span. Rejects weekdays that are part of a name
 * ("Sunday Times", "Super Tuesday"). The value waits for the tense refiner.
 */
export const weekdayDateExtractor: Extractor<DateCandidate> = {
  name: "weekday",
  extract(context: ExtractionContext): DateCandidate[] {
    const { text } = context;
    const out: DateCandidate[] = [];
    for (const m of matchesOf(WEEKDAY, text)) {
      let start = m.index;
      let end = start + m[0].length;
      const cue = m[1]?.toLowerCase();
      const possessive = m[3] !== undefined;
      const after = TIME_AFTER.exec(text.slice(end, end + 40));
      const zone = after?.[1];
      if (after && (zone === undefined || TIME_ZONES.has(zone))) end += after[0].length;
      const before = TIME_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
      if (before && !cue) start -= before[0].length;
      if (!cue && !possessive && !before && isPartOfName(text, m.index, m.index + m[0].length)) continue;
      const shift = cue === "last" ? "last" : cue === "next" ? "next" : undefined;
      out.push(
        candidate(text, start, end, {
          value: null,
          granularity: "day",
          confidence: 0.9,
          pending: { kind: "weekday", weekday: WEEKDAYS.get(m[2].toLowerCase()) ?? 0, shift },
          source: "weekday",
        }),
      );
    }
    return out;
  },
};

/** "Sunday Times", "Super Tuesday": a capitalised word glued to the weekday. */
function isPartOfName(text: string, start: number, end: number): boolean {
  const next = NEXT_WORD.exec(text.slice(end, end + 30));
  if (next && !TIME_ZONES.has(next[1]) && !WEEKDAYS.has(next[1].toLowerCase())) return true;
  const head = text.slice(Math.max(0, start - 30), start);
  const previous = PREVIOUS_WORD.exec(head);
  if (!previous) return false;
  return !SENTENCE_END.test(head.slice(0, head.length - previous[0].length));
}
