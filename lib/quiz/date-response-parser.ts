import { stripAccents } from "../story/text-fold.ts";
import { MONTHS, WEEKDAYS } from "./date-format.ts";

/** What a typed date names; any part may be missing ("18 March" has no year, "Tuesday" only a weekday). */
export interface DateResponse {
  year?: number;
  month?: number;
  day?: number;
  weekday?: string;
}

const MONTH_WORD = /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/;

/**
 * Reads the date forms students type: "2025-03-18", "18 March", "18th of
 * March 2025", "March 18, 2025", "Tuesday", "Tuesday 18 March", "March 2022",
 * "2024". Slashed numeric forms are read day-first only when unambiguous
 * (18/03/2025), because 03/04 means different days on either side of the
 * Atlantic. Null when nothing date-like is found.
 */
export function parseDateResponse(response: string): DateResponse | null {
  const text = stripAccents(response.toLowerCase()).replace(/(\d)(st|nd|rd|th)\b/g, "$1").trim();
  const iso = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(text);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), ...(iso[3] ? { day: Number(iso[3]) } : {}) };
  const slashed = /^(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}))?$/.exec(text);
  if (slashed) {
    const [a, b] = [Number(slashed[1]), Number(slashed[2])];
    const [day, month] = a > 12 ? [a, b] : b > 12 ? [b, a] : [NaN, NaN];
    if (Number.isNaN(day)) return null;
    return { day, month, ...(slashed[3] ? { year: Number(slashed[3]) } : {}) };
  }
  const out: DateResponse = {};
  const weekday = WEEKDAYS.find((w) => new RegExp(`\\b${w.toLowerCase().slice(0, 3)}(${w.toLowerCase().slice(3)})?\\b`).test(text));
  if (weekday) out.weekday = weekday;
  const month = MONTH_WORD.exec(text);
  if (month) out.month = MONTHS.findIndex((m) => m.toLowerCase().startsWith(month[1]!.slice(0, 3))) + 1;
  const rest = text.replace(MONTH_WORD, " ");
  const year = /\b(\d{4})\b/.exec(rest);
  if (year) out.year = Number(year[1]);
  const day = /\b(\d{1,2})\b/.exec(rest.replace(/\b\d{4}\b/, " "));
  if (day && month) out.day = Number(day[1]);
  return Object.keys(out).length ? out : null;
}
