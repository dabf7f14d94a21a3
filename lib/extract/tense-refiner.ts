import type { DateCandidate } from "./date-candidate.ts";
import { resolvePending } from "./date-resolver.ts";
import type { ClauseFinder } from "./clause-finder.ts";
import { dayNumber } from "./date-math.ts";
import { findQuotedSpans } from "./speech-span-finder.ts";
import { findTense } from "./tense-finder.ts";
import type { ExtractionContext, Refiner } from "./types.ts";

/** Days from the anchor at which a bare weekday stops being a confident reading. */
const FAR_WEEKDAY_DAYS = 6;

/**
 * Gives every pending date its value against its anchor (the publication day
 * unless the reported-speech refiner set another), reading the tense of the
 * verb it belongs to: the step chrono-node leaves out, since "said Thursday"
 * is in the past even when the nearest Thursday is ahead.
 */
export function tenseRefiner(clauses: ClauseFinder): Refiner<DateCandidate> {
  return {
    name: "tense",
    refine(context: ExtractionContext, results: DateCandidate[]): DateCandidate[] {
      const quoted = results.some((r) => r.pending) ? findQuotedSpans(context.text) : [];
      return results.map((r) => {
        if (!r.pending) return r;
        // Inside a quotation the tense is the speaker's: "We go again in August," he said.
        // is no past August, so the scan stops at the quotation marks.
        const clause = clipToQuote(clauses.clauseOf(r.start, r.end), quoted, r.start, r.end);
        const needsTense = r.pending.kind === "weekday" || r.pending.kind === "month" || r.pending.kind === "month-day";
        const tense = needsTense ? findTense(context.text, clause.start, clause.end, r.start, r.end) : "unknown";
        const anchor = r.anchor ?? context.published;
        const value = resolvePending(r.pending, anchor, tense);
        context.debug(() => `date "${r.text}" (${r.source}) tense=${tense} anchor=${anchor} -> ${value}`);
        // A bare weekday nearly always means this week. Resolved six or more days away, the
        // article was likely updated after its publication date: keep the day, but not as
        // something certain enough to quiz on.
        const far = r.pending.kind === "weekday" && value !== null && Math.abs(dayNumber(value) - dayNumber(anchor)) >= FAR_WEEKDAY_DAYS;
        return far ? { ...r, value, confidence: Math.min(r.confidence, 0.6) } : { ...r, value };
      });
    },
  };
}

/** The clause cut to the quotation holding `[start, end)`, if one does; `quoted` is in text order and disjoint. */
function clipToQuote(clause: { start: number; end: number }, quoted: readonly { start: number; end: number }[], start: number, end: number) {
  let lo = 0;
  let hi = quoted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quoted[mid].start <= start) lo = mid + 1;
    else hi = mid;
  }
  const q = lo > 0 ? quoted[lo - 1] : undefined;
  return q && q.end >= end ? { start: Math.max(clause.start, q.start), end: Math.min(clause.end, q.end) } : clause;
}
