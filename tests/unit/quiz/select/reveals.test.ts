import { describe, expect, test } from "vitest";
import { reveals, type Revealable } from "../../../../lib/quiz/select/reveals.ts";

const howMany: Revealable = { kind: "how-many", prompt: "How many? Fill the blank: “Brightloom said it would lay off about ____ employees, or 8 percent of its workforce.”", answer: "600" };
const whoSaid: Revealable = { kind: "who-said", prompt: "Who said “The demand is still there”?", answer: "Marcus Teague", choices: ["Marcus Teague", "Deepa Raman", "Hannah Oyelaran"] };

describe("reveals", () => {
  test.each([
    ["a statement printing the figure in the same words", howMany, { kind: "true-false", prompt: "True or false, according to the article: Brightloom said it would lay off about 600 employees.", answer: "True" }, true],
    ["a large figure printed anywhere: it is the fact itself", howMany, { kind: "how-many", prompt: "How many? Fill the blank: “Shares fell ____ percent after 600 analysts met.”", answer: "14" }, true],
    ["a small figure counting something else", { kind: "how-many", prompt: "How many? Fill the blank: “Shares of the company fell ____ percent in after-hours trading.”", answer: "14" }, { kind: "how-many", prompt: "How many? Fill the blank: “The company closed 14 stores and cut ____ jobs in the spring.”", answer: "600" }, false],
    ["the same words without the figure", howMany, { kind: "claim", prompt: "How does the article present this: “Brightloom would lay off employees”?", answer: "As a fact" }, false],
    ["a said-what question listing the quote under the speaker's name", whoSaid, { kind: "said-what", prompt: "Which of these did Marcus Teague say?", choices: ["The demand is still there", "a", "b"], answer: "The demand is still there" }, true],
    ["another quote by the same speaker", whoSaid, { kind: "true-false", prompt: "True or false: Marcus Teague said “What we lost was trust”.", answer: "True" }, false],
    ["a true/false statement reveals nothing by its own answer", { kind: "true-false", prompt: "True or false: X.", answer: "True" }, howMany, false],
  ] as [string, Revealable, Revealable, boolean][])("%s → %s", (_, asked, shown, expected) => {
    expect(reveals(asked, shown)).toBe(expected);
  });
});
