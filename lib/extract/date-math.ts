/**
 * Calendar arithmetic on plain YYYY-MM-DD strings, in UTC so that no time
 * zone of the machine running the code can shift a day.
 */

const DAY_MS = 86_400_000;

/** Month names and their common abbreviations → 1..12. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
    .flatMap((name, i) => [[name, i + 1], [name.slice(0, 3), i + 1]] as [string, number][])
    .concat([["sept", 9]]),
);

/** Weekday names → 0 (Sunday) .. 6 (Saturday), as `Date#getUTCDay`. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"].map((name, i) => [name, i]),
);

/** Days since 1970-01-01 of a YYYY-MM-DD string; NaN when it is not one. */
export function dayNumber(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return Number.NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

/** YYYY-MM-DD of a day number. */
export function isoDay(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/** The weekday (0 = Sunday) of a day number. */
export function weekdayOf(days: number): number {
  return new Date(days * DAY_MS).getUTCDay();
}

/** Whether year, month and day name a real calendar day (no 31 April). */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

/** Zero-padded YYYY-MM or YYYY-MM-DD. */
export function formatDate(year: number, month: number, day?: number): string {
  const ym = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
  return day === undefined ? ym : `${ym}-${String(day).padStart(2, "0")}`;
}

/** Year, month and day of a YYYY-MM-DD string. */
export function splitIso(iso: string): { year: number; month: number; day: number } {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}
