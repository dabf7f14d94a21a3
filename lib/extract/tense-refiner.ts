import type { DateCandidate } from "./date-candidate.ts";
import { resolvePending } from "./date-resolver.ts";
import type { ClauseFinder } from "./clause-finder.ts";
import { dayNumber } from "./date-math.ts";
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
      return results.map((r) => {
        if (!r.pending) return r;
        const clause = clauses.clauseOf(r.start, r.end);
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
