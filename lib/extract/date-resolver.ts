import type { PendingDate, Tense } from "./date-candidate.ts";
import { dayNumber, formatDate, isRealDay, isoDay, splitIso, weekdayOf } from "./date-math.ts";

/** How far ahead a date without a year may lie before it is taken as last year's. */
const FUTURE_SLACK_DAYS = 183;

/**
 * Turns a pending date into a calendar value against `anchor` (YYYY-MM-DD),
 * using the tense of its verb: "met on Thursday" is the Thursday before,
 * "will meet on Thursday" the one after, and the anchor's own weekday is the
 * anchor day. Returns null when the anchor is not a valid day.
 */
export function resolvePending(pending: PendingDate, anchor: string, tense: Tense): string | null {
  const today = dayNumber(anchor);
  if (Number.isNaN(today)) return null;
  const { year, month } = splitIso(anchor);
  switch (pending.kind) {
    case "offset":
      return isoDay(today + pending.days);
    case "year-offset":
      return String(year + pending.years);
    case "month-offset": {
      const index = year * 12 + (month - 1) + pending.months;
      return formatDate(Math.floor(index / 12), (index % 12) + 1);
    }
    case "weekday":
      return isoDay(today + weekdayDelta(weekdayOf(today), pending.weekday, pending.shift, tense));
    case "month": {
      if (pending.years !== undefined) return formatDate(year + pending.years, pending.month);
      const shift = pending.shift ?? (tense === "future" ? "next-or-same" : tense === "past" ? "last-or-same" : "nearest");
      return formatDate(monthYear(year, month, pending.month, shift), pending.month);
    }
    case "after-previous":
      return null; // counted from the date before it, not from the anchor
    case "month-day":
      if (pending.years !== undefined) {
        return isRealDay(year + pending.years, pending.month, pending.day) ? formatDate(year + pending.years, pending.month, pending.day) : null;
      }
      return monthDay(pending.month, pending.day, today, year, tense);
  }
}

function weekdayDelta(from: number, to: number, shift: "last" | "next" | undefined, tense: Tense): number {
  const back = -((from - to + 7) % 7 || 7);
  const ahead = (to - from + 7) % 7 || 7;
  if (shift === "last") return back;
  if (shift === "next") return ahead;
  if (from === to) return 0;
  if (tense === "past") return back;
  if (tense === "future") return ahead;
  return -back <= ahead ? back : ahead;
}

type MonthShift = "last" | "next" | "next-or-same" | "last-or-same" | "nearest";

function monthYear(year: number, current: number, wanted: number, shift: MonthShift): number {
  switch (shift) {
    case "last":
      return wanted < current ? year : year - 1;
    case "next":
      return wanted > current ? year : year + 1;
    case "next-or-same":
      return wanted >= current ? year : year + 1;
    case "last-or-same":
      return wanted <= current ? year : year - 1;
    case "nearest":
      return wanted - current > 6 ? year - 1 : current - wanted > 6 ? year + 1 : year;
  }
}

function monthDay(month: number, day: number, today: number, year: number, tense: Tense): string | null {
  if (!isRealDay(year, month, day) && !isRealDay(year - 1, month, day)) return null;
  let chosen = year;
  const ahead = dayNumber(formatDate(year, month, day)) - today;
  if (ahead > 0 && (tense === "past" || (tense === "unknown" && ahead > FUTURE_SLACK_DAYS))) chosen = year - 1;
  else if (ahead < -FUTURE_SLACK_DAYS && tense === "future") chosen = year + 1;
  if (!isRealDay(chosen, month, day)) chosen = year;
  return isRealDay(chosen, month, day) ? formatDate(chosen, month, day) : null;
}
