import { describe, expect, test } from "vitest";
import type { Question } from "../../../lib/quiz/question-schema.ts";
import { selectQuestions } from "../../../lib/quiz/question-selector.ts";
import { seededRandom } from "../../../lib/quiz/seeded-random.ts";

/** Just what the selector reads of a question. */
const q = (id: string, kind: Question["kind"], fact: string, sentenceStart: number) =>
  ({ id, kind, factIds: [fact], evidence: { article: "a", start: sentenceStart, end: sentenceStart + 10, text: "" } }) as unknown as Question;

describe("selectQuestions", () => {
  test("a second question from an already used source sentence waits for fresher ones", () => {
    const candidates = [q("c1", "cloze", "f1", 0), q("c2", "cloze", "f2", 0), q("c3", "cloze", "f3", 50)];
    for (let seed = 1; seed <= 20; seed++) {
      const chosen = selectQuestions(candidates, 2, seededRandom(seed)).map((x) => x.evidence.start);
      expect(chosen.sort()).toEqual([0, 50]);
    }
  });

  test("a used fact waits too, and is taken only when nothing else is left", () => {
    const candidates = [q("w1", "who-said", "f1", 0), q("t1", "typed", "f1", 100), q("t2", "typed", "f2", 200)];
    const chosen = selectQuestions(candidates, 3, seededRandom(3)).map((x) => x.id);
    expect(chosen.slice(0, 2).sort()).toEqual(["t2", "w1"]);
    expect(chosen[2]).toBe("t1");
  });
});
