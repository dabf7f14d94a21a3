import { describe, expect, test } from "vitest";
import { candidateQuestions } from "../../../../lib/quiz/generate-quiz.ts";
import { buildContext } from "../../../../lib/quiz/quiz-context.ts";
import { rankQuestions } from "../../../../lib/quiz/select/question-rank.ts";
import { quizInput, type Spec } from "../quiz-fixtures.ts";

/** The rank of the how-many question whose key is `answer`, in a story of one article. */
function rankOf(spec: Spec, answer: string): number {
  const input = quizInput([spec]);
  const questions = candidateQuestions(input, 1).questions;
  const q = questions.find((x) => x.kind === "how-many" && x.answer === answer);
  expect(q, `no how-many question keyed ${answer}`).toBeDefined();
  return rankQuestions(buildContext(input, 1), questions).get(q!.id)!;
}

const LEAD = "Knitwear exporters in the southern hub of Tiruppur reported falling orders on Monday as power cuts hit the mills.";

describe("rankQuestions", () => {
  test.each([
    // The same sentence but for a possessive: a count of what happened against the size of something the story only mentions.
    ["The forum said 640 mills lost power for most of Monday, in a statement issued in the town.", "The forum said its 640 mills lost power for most of Monday, in a statement issued in the town."],
    ["Officials said 11 seats were won by the party in the county at the last election, in a close race.", "Officials said the party's 11 seats were won in the county at the last election, in a close race."],
  ])("“%s” ranks well above “%s”", (event, owned) => {
    const make = (sentence: string): Spec => ({
      slug: "a", title: "Power cuts hit Tiruppur knitwear exporters", body: `${LEAD}\n\n${sentence}`,
      numbers: [{ text: /\b(\d+)\b/.exec(sentence)![1]!, value: Number(/\b(\d+)\b/.exec(sentence)![1]), counted: /\d+ (\w+)/.exec(sentence)![1]!, clause: sentence }],
    });
    const key = /\b(\d+)\b/.exec(event)![1]!;
    expect(rankOf(make(owned), key)).toBeLessThan(rankOf(make(event), key) * 0.6);
  });
});
