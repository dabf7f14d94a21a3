import { describe, expect, test } from "vitest";
import { buildContext } from "../../../lib/quiz/quiz-context.ts";
import { settledQuotes } from "../../../lib/quiz/quote-pool.ts";
import { soleSpeaker } from "../../../lib/quiz/who-said-generator.ts";
import { articleFacts, quizInput, type Spec } from "./quiz-fixtures.ts";

/** A spec whose first quote is credited through the pronoun "she" (its mention set by hand, as the extractor would). */
function withPronoun(spec: Spec, quote: string, pronoun: string) {
  const input = quizInput([spec]);
  const fact = input.articles[0]!.facts.quotes.find((q) => q.text === quote)!;
  const at = spec.body.indexOf(pronoun, fact.end);
  fact.speaker.mention = { start: at, end: at + pronoun.length, text: pronoun };
  return input;
}

describe("settledQuotes", () => {
  const people = [{ name: "Ruth Nakato" }, { name: "David Mutua" }];
  test("a quote credited through “she” with no one else named in reach is settled", () => {
    const body = "Ruth Nakato spoke to reporters in Kampala after the talks ended late on Thursday. “We will not give up the island without a survey,” she said.";
    const spec: Spec = { slug: "a", body, people: [people[0]!], quotes: [{ text: "We will not give up the island without a survey,", speaker: "Ruth Nakato" }] };
    expect(settledQuotes(buildContext(withPronoun(spec, "We will not give up the island without a survey,", "she"), 1))).toHaveLength(1);
  });

  test("“she said” after a paragraph about someone else is not: the key would be a guess between two people", () => {
    const body =
      "Ruth Nakato spoke to reporters in Kampala after the talks ended late on Thursday.\n\nDavid Mutua, the minister, left the talks early and flew home to Nairobi. “We will not give up the island without a survey,” she said.";
    const spec: Spec = { slug: "a", body, people, quotes: [{ text: "We will not give up the island without a survey,", speaker: "Ruth Nakato" }] };
    expect(settledQuotes(buildContext(withPronoun(spec, "We will not give up the island without a survey,", "she"), 1))).toEqual([]);
  });

  test("a quote whose sentence names someone else outside the quotation is not", () => {
    const body = "Trustee Gary Vanek read out a post by parent Jen Albrecht: “My son has hockey practice at six every morning.”";
    const spec: Spec = { slug: "a", body, people: [{ name: "Gary Vanek" }, { name: "Jen Albrecht" }], quotes: [{ text: "My son has hockey practice at six every morning.", speaker: "Gary Vanek" }] };
    expect(settledQuotes(buildContext(quizInput([spec]), 1))).toEqual([]);
  });
});

describe("soleSpeaker", () => {
  const WORDS = ["the looms will run again this spring", "nobody should work twelve hours a day", "our visitors deserve the whole story", "the grant paid for every recording we made"];
  const quote = (speaker: string, i: number) => ({ text: WORDS[i]!, speaker });
  const spec = (speakers: string[]): Spec => {
    const quotes = speakers.map(quote);
    return { slug: "a", body: quotes.map((q) => `${q.speaker} said “${q.text}” today.`).join(" "), people: [...new Set(speakers)].map((name) => ({ name })), quotes };
  };
  test.each([
    ["one speaker", ["Celia Marchand", "Celia Marchand", "Celia Marchand"], true],
    ["one speaker with three quotes of four", ["Celia Marchand", "Celia Marchand", "Celia Marchand", "Tom Reiser"], true],
    ["two speakers sharing the quotes", ["Celia Marchand", "Tom Reiser", "Celia Marchand", "Tom Reiser"], false],
  ])("%s → %s", (_, speakers, sole) => {
    expect(soleSpeaker(buildContext(quizInput([spec(speakers as string[])]), 1))).toBe(sole);
    expect(articleFacts(spec(speakers as string[])).facts.quotes).toHaveLength(speakers.length);
  });
});

describe("settledQuotes: quotes split by their attribution", () => {
  const body =
    "Ana Ruiz, who runs the club, spoke after the breach was found. “A card can be canceled,” Ruiz said, “but you cannot cancel the fact that a stranger knows where you run.” " +
    "David Mutua, the security chief, said the company had reset every password on Tuesday. “We moved as fast as we could,” Mutua said.";
  const spec: Spec = {
    slug: "a", body, people: [{ name: "Ana Ruiz" }, { name: "David Mutua" }],
    quotes: [
      { text: "A card can be canceled,", speaker: "Ana Ruiz" },
      { text: "but you cannot cancel the fact that a stranger knows where you run.", speaker: "Ana Ruiz" },
      { text: "We moved as fast as we could,", speaker: "David Mutua" },
    ],
  };

  test("the first half is shown with the second, and the second is never asked alone", () => {
    const input = quizInput([spec]);
    // The fixture's sentence finder stops at ". "; the extractor gives both halves the one sentence they share.
    const [first, second] = input.articles[0]!.facts.quotes;
    second!.sentence = first!.sentence = { ...first!.sentence, end: body.indexOf("run.”") + 5, text: body.slice(first!.sentence.start, body.indexOf("run.”") + 5) };
    const texts = settledQuotes(buildContext(input, 1)).map((q) => q.text);
    expect(texts).toContain("A card can be canceled … but you cannot cancel the fact that a stranger knows where you run.");
    expect(texts.some((t) => t.startsWith("but"))).toBe(false);
  });
});

describe("settledQuotes: the rest of a quote after its attribution", () => {
  test("a quote that resumes in lower case after another of its sentence is never asked alone", () => {
    const body = "Lena Ortega, the board chair, spoke before the vote on Tuesday. “We are balancing this budget,” Ortega said, “on the backs of the children who can least afford it.”";
    const spec: Spec = {
      slug: "a", body, people: [{ name: "Lena Ortega" }],
      quotes: [
        { text: "We are balancing this budget,", speaker: "Lena Ortega" },
        { text: "on the backs of the children who can least afford it.", speaker: "Lena Ortega" },
      ],
    };
    const input = quizInput([spec]);
    const [first, second] = input.articles[0]!.facts.quotes;
    second!.sentence = first!.sentence;
    const texts = settledQuotes(buildContext(input, 1)).map((q) => q.text);
    expect(texts).toEqual(["We are balancing this budget … on the backs of the children who can least afford it."]);
  });
});
