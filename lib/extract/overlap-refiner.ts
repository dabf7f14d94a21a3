import type { ExtractionContext, Refiner } from "./types.ts";

interface Spanned {
  start: number;
  end: number;
  confidence: number;
}

/**
 * Keeps one result per stretch of text: the longest, then the most
 * confident. "7:30 p.m. Tuesday IST" beats the bare "7:30 p.m." inside it,
 * "March 2022" beats the year "2022". Results are swept in text order and
 * ranked only within each run of overlapping ones, so the cost stays linear
 * on long bodies. Returns results in text order.
 */
export function overlapRefiner<T extends Spanned>(): Refiner<T> {
  return {
    name: "overlap",
    refine(_context: ExtractionContext, results: T[]): T[] {
      const sorted = [...results].sort((a, b) => a.start - b.start || b.end - a.end);
      const kept: T[] = [];
      let group: T[] = [];
      let groupEnd = -1;
      for (const r of sorted) {
        if (r.start >= groupEnd && group.length) {
          kept.push(...pickDisjoint(group));
          group = [];
        }
        group.push(r);
        groupEnd = Math.max(groupEnd, r.end);
      }
      kept.push(...pickDisjoint(group));
      return kept.sort((a, b) => a.start - b.start);
    },
  };
}

function pickDisjoint<T extends Spanned>(group: T[]): T[] {
  if (group.length < 2) return group;
  const ranked = [...group].sort((a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start);
  const kept: T[] = [];
  for (const r of ranked) if (!kept.some((k) => k.start < r.end && r.start < k.end)) kept.push(r);
  return kept;
}
