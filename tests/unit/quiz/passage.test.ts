import { describe, expect, test } from "vitest";
import { blankPassage, datelineEnd, displayQuote, nestQuotes, stripDateline } from "../../../lib/quiz/passage.ts";

describe("displayQuote", () => {
  test.each([
    ["We grew faster than we expected,", "We grew faster than we expected"],
    ["No. I think the people who caused a problem should fix it.", "No. I think the people who caused a problem should fix it"],
    ["  more cards that we can play ", "more cards that we can play"],
    ["Is this the end?", "Is this the end?"],
    ["We will demand guarantees:", "We will demand guarantees"],
  ])("%j → %j", (quote, shown) => expect(displayQuote(quote)).toBe(shown));
});

describe("nestQuotes", () => {
  test.each([
    ["He said “enough” twice.", "He said ‘enough’ twice."],
    ['He said "enough" and "no more".', "He said ‘enough’ and ‘no more’."],
    ["It’s Trump’s call.", "It’s Trump’s call."],
  ])("%j → %j", (text, nested) => expect(nestQuotes(text)).toBe(nested));
});

describe("stripDateline", () => {
  test.each([
    ["SAN FRANCISCO — Brightloom cut its forecast", true, "Brightloom cut its forecast"],
    ["NAIROBI, July 27 — Kenya and Uganda agreed", true, "Kenya and Uganda agreed"],
    ["Tiruppur, August 10: Exporters in the knitwear hub", true, "Exporters in the knitwear hub"],
    ["New Delhi, Aug 10 (PTI) — The ministry said", true, "The ministry said"],
    // A sentence that opens with a place and a date is no dateline without its colon or dash.
    ["Tiruppur, August 10 was the day the strike began", true, "Tiruppur, August 10 was the day the strike began"],
    ["LONDON (Reuters) - The pound fell", true, "The pound fell"],
    ["AI firms — and their critics — met", true, "AI firms — and their critics — met"],
    ["NASA — the agency said — will launch", false, "NASA — the agency said — will launch"],
  ])("%j (opening: %s) → %j", (text, opening, shown) => expect(stripDateline(text, opening)).toBe(shown));
});

describe("blankPassage", () => {
  const body = "SAN FRANCISCO — The company said it would lay off about 600 employees, a tenth of its staff, by June.";
  const sentence = { start: 0, end: body.length, text: body };
  const at = body.indexOf("600");
  test("blanks the fact in the whole sentence, without the dateline", () => {
    expect(blankPassage(sentence, undefined, at, at + 3)).toBe("The company said it would lay off about ____ employees, a tenth of its staff, by June.");
  });
  test("puts other words in the fact's place", () => {
    expect(blankPassage(sentence, undefined, at, at + 3, "700")).toContain("about 700 employees");
  });
  test("gives nothing for a span outside the sentence", () => {
    expect(blankPassage(sentence, undefined, body.length + 1, body.length + 4)).toBeNull();
  });
  test("falls back to a clause that reads as a sentence when the sentence is too long", () => {
    const long = `${"Word ".repeat(45)}and then. Officials met in Jeddah on Tuesday.`;
    const clause = { start: long.indexOf("Officials"), end: long.length, text: long.slice(long.indexOf("Officials")) };
    const j = long.indexOf("Jeddah");
    expect(blankPassage({ start: 0, end: long.length, text: long }, clause, j, j + 6)).toBe("Officials met in ____ on Tuesday.");
  });
});

describe("datelineEnd", () => {
  test.each([
    ["SAN FRANCISCO — Brightloom cut its forecast.", "SAN FRANCISCO — "],
    ["Shipping insurers raise rates\n\nDUBAI, United Arab Emirates — Insurers raised premiums.", "Shipping insurers raise rates\n\nDUBAI, United Arab Emirates — "],
    ["The first paragraph ends here.\n\nNASA — the agency said — will launch.", ""],
    ["No dateline in this body at all.", ""],
  ])("%j", (body, dateline) => expect(datelineEnd(body)).toBe(dateline.length));
});
