import { candidate, type DateCandidate } from "./date-candidate.ts";
import { matchesOf } from "./regex-scan.ts";
import { CLOCK_TIME, TIME_ZONES } from "./time-zones.ts";
import type { ExtractionContext, Extractor } from "./types.ts";

const TIME = new RegExp(String.raw`\b(?:${CLOCK_TIME})(?:\s([A-Z]{2,4})\b)?`, "g");

/**
 * Clock times with no day ("at 10 a.m. ET", "1400 GMT"). News gives a bare
 * time for the day it reports on, so the value is the anchor day, at low
 * confidence; the bare-time refiner drops it when its sentence names a day.
 */
export const timeDateExtractor: Extractor<DateCandidate> = {
  name: "time",
  extract(context: ExtractionContext): DateCandidate[] {
    const out: DateCandidate[] = [];
    for (const m of matchesOf(TIME, context.text)) {
      let end = m.index + m[0].length;
      if (m[1] !== undefined && !TIME_ZONES.has(m[1])) end = m.index + m[0].lastIndexOf(m[1]) - 1;
      out.push(candidate(context.text, m.index, end, {
        value: null, granularity: "day", confidence: 0.5, pending: { kind: "offset", days: 0 }, source: "time",
      }));
    }
    return out;
  },
};
