import type { ClauseFinder } from "./clause-finder.ts";
import type { DateCandidate } from "./date-candidate.ts";
import { dayNumber, isoDay } from "./date-math.ts";
import type { ExtractionContext, Refiner } from "./types.ts";

/**
 * Gives "the following day" and "a day earlier" their value from the
 * nearest day told before them in the same or the previous sentence: a
 * writer counts from the date the reader has just read. With no such day
 * the span stays vague rather than counting from the publication day, which
 * would give a false day. Runs after the tense refiner (the antecedent needs
 * its value) and before reported speech (the result may date a speech verb).
 */
export function dateAnchorRefiner(clauses: ClauseFinder): Refiner<DateCandidate> {
  return {
    name: "date-anchor",
    refine(context: ExtractionContext, results: DateCandidate[]): DateCandidate[] {
      const out = [...results];
      for (let i = 0; i < out.length; i++) {
        const r = out[i];
        if (r.pending?.kind !== "after-previous") continue;
        const sentence = clauses.sentenceOf(r.start, r.end);
        const before = sentence.start > 0 ? clauses.sentenceOf(Math.max(0, sentence.start - 2), Math.max(0, sentence.start - 1)) : sentence;
        const from = Math.min(before.start, sentence.start);
        let value: string | null = null;
        for (let k = i - 1; k >= 0 && out[k].end > from; k--) {
          const a = out[k];
          if (a.granularity !== "day" || a.value === null || a.source === "time" || a.end > r.start) continue;
          value = isoDay(dayNumber(a.value) + r.pending.days);
          break;
        }
        context.debug(() => `date "${r.text}" counted from the day before it -> ${value}`);
        out[i] = value === null ? { ...r, value, granularity: "vague" } : { ...r, value };
      }
      return out;
    },
  };
}
