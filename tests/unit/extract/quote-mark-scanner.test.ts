import { describe, expect, test } from "vitest";
import { scanQuoteMarks } from "../../../lib/extract/quote-mark-scanner.ts";
import { splitParagraphs } from "../../../lib/extract/sentence-splitter.ts";

const inner = (text: string) => scanQuoteMarks(text, splitParagraphs(text)).map((q) => text.slice(q.start, q.end));

/** input, the words inside each top-level pair of marks. */
const pairs: [string, string[]][] = [
  ["He said “yes” and “no”.", ["yes", "no"]],
  ['He said "yes" and "no".', ["yes", "no"]],
  ["She said ‘we’ll see’ and left.", ["we’ll see"]],
  ["The town’s mayor said ‘the river’s banks held’ overnight.", ["the river’s banks held"]],
  ["They said ‘no signs’ of damage were found.", ["no signs"]],
  ["Il a dit «bonjour» puis «au revoir».", ["bonjour", "au revoir"]],
  ["He wrote ''the end is near'' twice.", ["the end is near"]],
  ["Er sagte „ja“ dazu.", ["ja"]],
  ["“He told me ‘never again’ and meant it,” she said.", ["He told me ‘never again’ and meant it,"]],
  ["It’s the players’ choice, they’re saying.", []],
  ["Back in the ’90s it was ‘cool’.", ["cool"]],
  ["A stray “ mark and then “a real quote” here.", ["a real quote"]],
  ["He is 5'10\" tall and said \"fine\".", ["fine"]],
];

describe("scanQuoteMarks", () => {
  test.each(pairs)("%s", (input, expected) => {
    expect(inner(input)).toEqual(expected);
  });

  test("a quote over several paragraphs is one chain with a part per paragraph", () => {
    const text = "She said:\n\n“First part of it.\n\n“Second part of it.\n\n“Last part.”\n\nAfter.";
    const quotes = scanQuoteMarks(text, splitParagraphs(text));
    expect(quotes.map((q) => text.slice(q.start, q.end))).toEqual(["First part of it.", "Second part of it.", "Last part."]);
    expect(new Set(quotes.map((q) => q.chain)).size).toBe(1);
  });

  test("an unclosed quote not continued by the next paragraph is dropped", () => {
    expect(inner("He said “this never closes.\n\nNew paragraph “closed here”.")).toEqual(["closed here"]);
  });
});
