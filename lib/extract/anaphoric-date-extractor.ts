import { candidate, type DateCandidate } from "./date-candidate.ts";
import { matchesOf } from "./regex-scan.ts";
import type { ExtractionContext, Extractor } from "./types.ts";

// "the following day", "the next morning", "the previous day".
const THE_NEXT = /\b[Tt]he\s+(following|next|previous)\s+(?:day|morning|afternoon|evening|night)\b/g;
// "a day later", "two days earlier", "the day before", "three days after".
// "Before"/"after" count only when nothing follows ("the day before the
// vote" counts from the vote, not from the date before), "earlier" not when
// "than" does ("a day earlier than planned").
const DAYS_LATER = /\b(?:([Tt]he)|([Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|\d{1,2}))\s+days?\s+(later|earlier|after|before)\b(?!\s+than\b)/g;
const COUNTS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
/** What may follow "the day before": the end of the phrase, not its object. */
const PHRASE_END = /^\s*(?:[.,;:!?)\u2014]|$)/;

/**
 * Days counted from the date told just before: "met on Monday … the
 * following day" is Tuesday. The extractor only marks the span and the
 * count; the date-anchor refiner finds the antecedent once every other
 * date has its value, and leaves the span vague when there is none.
 */
export const anaphoricDateExtractor: Extractor<DateCandidate> = {
  name: "anaphoric",
  extract(context: ExtractionContext): DateCandidate[] {
    const { text } = context;
    const out: DateCandidate[] = [];
    const add = (start: number, end: number, days: number) =>
      out.push(candidate(text, start, end, { value: null, granularity: "day", confidence: 0.8, pending: { kind: "after-previous", days }, source: "anaphoric" }));
    for (const m of matchesOf(THE_NEXT, text)) add(m.index, m.index + m[0].length, m[1] === "previous" ? -1 : 1);
    for (const m of matchesOf(DAYS_LATER, text)) {
      const end = m.index + m[0].length;
      const direction = m[3] === "later" || m[3] === "after" ? 1 : -1;
      if ((m[3] === "after" || m[3] === "before") && !PHRASE_END.test(text.slice(end, end + 3))) continue;
      const count = m[1] !== undefined ? 1 : COUNTS[m[2].toLowerCase()] ?? Number(m[2]);
      add(m.index, end, direction * count);
    }
    return out;
  },
};
