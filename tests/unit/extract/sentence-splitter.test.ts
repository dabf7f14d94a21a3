import { describe, expect, test } from "vitest";
import { scanQuoteMarks } from "../../../lib/extract/quote-mark-scanner.ts";
import { splitParagraphs, splitSentences } from "../../../lib/extract/sentence-splitter.ts";

const sentences = (text: string) => {
  const paragraphs = splitParagraphs(text);
  return splitSentences(text, paragraphs, scanQuoteMarks(text, paragraphs)).map((s) => text.slice(s.start, s.end));
};

/** input, expected sentences. */
const cases: [string, string[]][] = [
  ["One here. Two there.", ["One here.", "Two there."]],
  ["The U.S. Senate met at 9 a.m. Monday. It voted.", ["The U.S. Senate met at 9 a.m. Monday.", "It voted."]],
  ["Mr. Smith and Dr. Jones spoke. They agreed.", ["Mr. Smith and Dr. Jones spoke.", "They agreed."]],
  ["“Stop. Think. Act,” she said. Then she left.", ["“Stop. Think. Act,” she said.", "Then she left."]],
  ["He spoke on X. “The call went well,” he added.", ["He spoke on X.", "“The call went well,” he added."]],
  ["George W. Bush spoke.", ["George W. Bush spoke."]],
  ["Headline without stop\nBody text here. More.", ["Headline without stop", "Body text here.", "More."]],
  ["She said ‘it is over.’ The crowd left.", ["She said ‘it is over.’", "The crowd left."]],
];

describe("splitSentences", () => {
  test.each(cases)("%s", (input, expected) => {
    expect(sentences(input)).toEqual(expected);
  });
});
