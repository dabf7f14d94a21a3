import { describe, expect, it } from "vitest";
import { DEFAULT_SITE_URL, parseSiteUrl, quizUrl } from "../../../lib/worksheet/site-url.ts";

describe("parseSiteUrl", () => {
  it.each([
    [undefined, DEFAULT_SITE_URL],
    ["", DEFAULT_SITE_URL],
    ["https://quiz.example.org/", "https://quiz.example.org"],
    ["https://school.example/quizwire//", "https://school.example/quizwire"],
    [" http://localhost:8080 ", "http://localhost:8080"],
  ])("reads %j as %j", (raw, expected) => {
    expect(parseSiteUrl(raw)).toBe(expected);
  });

  it.each([
    ["quiz.example.org", /http:\/\/ or https:\/\//],
    ["ftp://quiz.example.org", /http:\/\/ or https:\/\//],
    ["https://quiz.example.org/?x=1", /query/],
    ["https://quiz.example.org/#top", /fragment/],
  ])("refuses %j, naming the variable", (raw, message) => {
    expect(() => parseSiteUrl(raw)).toThrow(message);
    expect(() => parseSiteUrl(raw)).toThrow(/QUIZWIRE_SITE_URL/);
  });
});

describe("quizUrl", () => {
  it.each([
    ["https://q.example", "call", 1, "https://q.example/lessons/call/quiz?seed=1"],
    ["http://localhost:3000", "trump-putin-call-2025-03", 2, "http://localhost:3000/lessons/trump-putin-call-2025-03/quiz?seed=2"],
  ])("%s + %s + seed %i", (site, slug, seed, expected) => {
    expect(quizUrl(site, slug, seed)).toBe(expected);
  });
});
