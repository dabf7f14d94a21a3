import { describe, expect, it } from "vitest";
import { extractDates } from "../../../lib/extract/dates-stage.ts";
import { extractNumbers } from "../../../lib/extract/numbers-stage.ts";
import { extractPlaces } from "../../../lib/extract/places-stage.ts";
import { contextFor } from "./extract-helpers.ts";

const BODIES: [string, string][] = [
  ["empty", ""],
  ["lone surrogates", "\ud800Monday\udc00 on Tuesday in Paris \ud83d 3,000 troops"],
  ["a 100,000-character paragraph", "The envoy met on Monday in Kyiv, and 30 officials agreed ".repeat(1700)],
  ["unclosed quotes", "“".repeat(20_000) + " tomorrow"],
  ["dots and capitals", "U.S. ".repeat(20_000)],
];

describe("date, place and number stages on hostile input", () => {
  it.each(BODIES)("do not throw and keep spans exact: %s", (_name, body) => {
    const context = contextFor(body);
    const dates = extractDates(context, []);
    const places = extractPlaces(context, []);
    const numbers = extractNumbers(context, dates);
    for (const f of [...dates, ...numbers, ...places.flatMap((p) => p.mentions)]) expect(body.slice(f.start, f.end)).toBe(f.text);
  });
});
