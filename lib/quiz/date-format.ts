import type { DateGranularity } from "../extract/fact-schema.ts";

/** Month names, for printing dates as a student reads them. */
export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** The weekday of a YYYY-MM-DD value, in UTC so the host's zone cannot shift it. */
export function weekdayOf(value: string): string {
  const [y, m, d] = value.split("-").map(Number);
  return WEEKDAYS[new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay()]!;
}

/** "Tuesday 18 March 2025" ("18 March 2025" without `weekday`), "March 2022" or "2024". */
export function formatDate(value: string, weekday = true): string {
  const [y, m, d] = value.split("-");
  if (d) return `${weekday ? `${weekdayOf(value)} ` : ""}${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
  if (m) return `${MONTHS[Number(m) - 1]} ${y}`;
  return y!;
}

/**
 * Plausible wrong dates of the same granularity near the true one: days
 * within a week or two, months within a year, years within a decade. The
 * nearest come first so a picker that takes them in seeded order still
 * stays close.
 */
export function nearbyDates(value: string, granularity: DateGranularity): string[] {
  const [y, m, d] = value.split("-").map(Number);
  if (granularity === "day" && d) {
    return [-1, 1, -2, 2, -3, 3, -7, 7, -14, 14].map((delta) => {
      const date = new Date(Date.UTC(y!, m! - 1, d + delta));
      return date.toISOString().slice(0, 10);
    });
  }
  if (granularity === "month" && m) {
    return [-1, 1, -2, 2, -3, 3, -6, 6, -12, 12].map((delta) => {
      const date = new Date(Date.UTC(y!, m! - 1 + delta, 1));
      return date.toISOString().slice(0, 7);
    });
  }
  if (granularity === "year") return [-1, 1, -2, 2, -3, 3, -5, 5, -10, 10].map((delta) => String(y! + delta));
  return [];
}
