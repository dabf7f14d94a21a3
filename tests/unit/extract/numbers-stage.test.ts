import { describe, expect, it } from "vitest";
import { extractDates } from "../../../lib/extract/dates-stage.ts";
import { extractNumbers } from "../../../lib/extract/numbers-stage.ts";
import { contextFor } from "./extract-helpers.ts";

const CASES: [string, number, string][] = [
  ["Officials counted 1,200 flood victims by noon.", 1200, "flood victims"],
  ["They proposed a 60-day truce.", 60, "day truce"],
  ["The storm hit four provinces.", 4, "provinces"],
  ["It ended a five-year drought.", 5, "year drought"],
  ["Each month brings 300 new arrivals, from the south.", 300, "new arrivals"],
  ["About 2.5 million people fled.", 2_500_000, "people"],
  ["Turnout rose to 48 percent.", 48, "percent"],
];

const numbersOf = (body: string) => {
  const context = contextFor(body);
  return extractNumbers(context, extractDates(context, []));
};

describe("extractNumbers", () => {
  it.each(CASES)("%s → %d %s", (body, value, counted) => {
    const numbers = numbersOf(body);
    expect(numbers.map((n) => [n.value, n.counted])).toContainEqual([value, counted]);
    for (const n of numbers) expect(body.slice(n.start, n.end)).toBe(n.text);
  });
});

const NOT_NUMBERS = [
  "The vote was held on March 18.",
  "The talks began at 10 a.m. ET.",
  "The war ended in 1945.",
  "The previous one took place in spring.",
  "The 1945 conference divided the continent.",
  "The call began at 1400 GMT.",
];

describe("extractNumbers negative cases", () => {
  it.each(NOT_NUMBERS)("finds no number in %s", (body) => {
    expect(numbersOf(body).map((n) => n.text)).toEqual([]);
  });
});
