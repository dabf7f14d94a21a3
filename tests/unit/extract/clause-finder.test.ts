import { describe, expect, it } from "vitest";
import { createClauseFinder } from "../../../lib/extract/clause-finder.ts";

const CASES: [string, string, string][] = [
  ["Mr. Smith arrived. The U.S. envoy left at 9 a.m. on Friday.", "Friday", "The U.S. envoy left at 9 a.m. on Friday."],
  ["Rain fell; the match was called off on Sunday.", "Sunday", "the match was called off on Sunday."],
  ["The mayor resigned — the council met on Monday.", "Monday", "the council met on Monday."],
  ["Dr. Lee spoke first, adding that the vote is on Tuesday.", "Tuesday", "adding that the vote is on Tuesday."],
  ["Ships, trucks and planes arrived in Oslo.", "Oslo", "Ships, trucks and planes arrived in Oslo."],
];

describe("clauseOf", () => {
  it.each(CASES)("%s: clause of %s", (body, word, clause) => {
    const start = body.indexOf(word);
    const found = createClauseFinder(body).clauseOf(start, start + word.length);
    expect(found.text).toBe(clause);
    expect(body.slice(found.start, found.end)).toBe(found.text);
  });
});
