import type { DateGranularity } from "./fact-schema.ts";

/** Tense of the verb a date hangs on: it picks which Tuesday "on Tuesday" is. */
export type Tense = "past" | "future" | "unknown";

/**
 * What a date needs from its anchor (publication day, or the day the words
 * were said) to get a value. Extractors leave this for the refiners because
 * the anchor and the tense are only known once all dates and quotes are in.
 * `years` is a year said in words ("3 May next year"): the anchor's year plus it.
 */
export type PendingDate =
  | { kind: "weekday"; weekday: number; shift?: "last" | "next" }
  | { kind: "offset"; days: number }
  | { kind: "month-day"; month: number; day: number; years?: number }
  | { kind: "month"; month: number; shift?: "last" | "next"; years?: number }
  | { kind: "year-offset"; years: number }
  | { kind: "month-offset"; months: number }
  /** Days from the date told just before ("the following day"): see `date-anchor-refiner.ts`. */
  | { kind: "after-previous"; days: number };

/** A date found in the body, before ids and clauses are attached. */
export interface DateCandidate {
  start: number;
  end: number;
  text: string;
  value: string | null;
  granularity: DateGranularity;
  confidence: number;
  /** Set when the value depends on anchor or tense (see `PendingDate`). */
  pending?: PendingDate;
  /** The day the value was resolved against when not the publication day. */
  anchor?: string;
  /** Extractor name, for debug output. */
  source: string;
}

/** A candidate at `[start, end)` of `body`, keeping `text === body.slice(start, end)`. */
export function candidate(
  body: string,
  start: number,
  end: number,
  fields: Omit<DateCandidate, "start" | "end" | "text">,
): DateCandidate {
  return { start, end, text: body.slice(start, end), ...fields };
}
