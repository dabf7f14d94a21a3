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

const MONEY: [string, string, number, string][] = [
  ["Tessaro agreed to buy Brandwell for about $2.3 billion in cash.", "$2.3 billion", 2_300_000_000, "dollars"],
  ["A £750,000 grant was cancelled this month.", "£750,000", 750_000, "pounds"],
  ["The fund raised €40m from pension funds.", "€40m", 40_000_000, "euros"],
  ["Shares closed at $44.10 on Monday.", "$44.10", 44.1, "dollars"],
  ["Revenue reached US$1.14 billion in the quarter.", "US$1.14 billion", 1_140_000_000, "US dollars"],
];

describe("sums of money", () => {
  it.each(MONEY)("%s → %s", (body, text, value, counted) => {
    const money = numbersOf(body).filter((n) => n.text === text);
    expect(money.map((n) => [n.value, n.counted])).toEqual([[value, counted]]);
  });
  it.each(["The lab ran the $ sign test.", "A price of $ was never set.", "They sold 40 shares for cash."])("finds no money in %s", (body) => {
    expect(numbersOf(body).filter((n) => /[$€£]/.test(n.text))).toEqual([]);
  });
});

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
