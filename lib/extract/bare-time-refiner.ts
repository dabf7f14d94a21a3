import type { DateCandidate } from "./date-candidate.ts";
import type { ClauseFinder } from "./clause-finder.ts";
import type { ExtractionContext, Refiner } from "./types.ts";

/**
 * Drops a clock time with no day ("at 3 p.m.") when its sentence names a day
 * ("on Sunday … at 3 p.m."): the time belongs to that day, and taking it for
 * the anchor day would give a false date.
 */
export function bareTimeRefiner(clauses: ClauseFinder): Refiner<DateCandidate> {
  return {
    name: "bare-time",
    refine(_context: ExtractionContext, results: DateCandidate[]): DateCandidate[] {
      const sentenceOfDay = new Set<number>();
      for (const r of results) if (r.source !== "time" && r.granularity === "day") sentenceOfDay.add(clauses.sentenceOf(r.start, r.end).start);
      return results.filter((r) => r.source !== "time" || !sentenceOfDay.has(clauses.sentenceOf(r.start, r.end).start));
    },
  };
}
