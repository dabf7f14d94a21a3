import { candidate, type DateCandidate } from "./date-candidate.ts";
import { formatDate, isRealDay } from "./date-math.ts";
import { matchesOf } from "./regex-scan.ts";
import type { ExtractionContext, Extractor } from "./types.ts";

const ISO = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g;

/** Dates written as YYYY-MM-DD (datelines, page furniture): exact days. */
export const isoDateExtractor: Extractor<DateCandidate> = {
  name: "iso",
  extract(context: ExtractionContext): DateCandidate[] {
    const out: DateCandidate[] = [];
    for (const m of matchesOf(ISO, context.text)) {
      const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (!isRealDay(year, month, day)) continue;
      out.push(candidate(context.text, m.index, m.index + m[0].length, {
        value: formatDate(year, month, day), granularity: "day", confidence: 1, source: "iso",
      }));
    }
    return out;
  },
};
