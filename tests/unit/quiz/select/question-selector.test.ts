import { describe, expect, test } from "vitest";
import { selectQuestions, type Selectable } from "../../../../lib/quiz/select/question-selector.ts";

/** Just what the selector reads of a question. */
const q = (id: string, kind: Selectable["kind"], fact: string, sentence: number, prompt = `prompt ${id}`, answer = `answer-${id}`): Selectable => ({
  id,
  kind,
  prompt,
  answer,
  factIds: [fact],
  evidence: { article: "a", start: sentence },
});
const scores = (entries: [string, number][]) => new Map(entries);

describe("selectQuestions", () => {
  test("takes the best first and stops at the count", () => {
    const candidates = [q("a", "when", "f1", 0), q("b", "where", "f2", 10), q("c", "how-many", "f3", 20)];
    expect(selectQuestions(2, { candidates, score: scores([["a", 0.2], ["b", 0.9], ["c", 0.5]]) }).map((x) => x.id)).toEqual(["b", "c"]);
  });

  test("never two questions from one sentence or one fact", () => {
    const candidates = [q("a", "when", "f1", 0), q("b", "where", "f2", 0), q("c", "how-many", "f1", 50), q("d", "role", "f4", 90)];
    const chosen = selectQuestions(4, { candidates, score: scores([["a", 0.9], ["b", 0.8], ["c", 0.7], ["d", 0.1]]) });
    expect(chosen.map((x) => x.id)).toEqual(["a", "d"]);
  });

  test("no kind beyond its share while others have candidates", () => {
    const candidates = [...["w1", "w2", "w3", "w4", "w5"].map((id, i) => q(id, "who-said", id, i * 10)), q("n", "how-many", "n", 200), q("p", "where", "p", 300)];
    const score = scores([["w1", 0.99], ["w2", 0.98], ["w3", 0.97], ["w4", 0.96], ["w5", 0.95], ["n", 0.1], ["p", 0.1]]);
    const chosen = selectQuestions(4, { candidates, score });
    expect(chosen.filter((x) => x.kind === "who-said")).toHaveLength(2);
    expect(chosen.map((x) => x.id)).toContain("n");
  });

  test("a teacher's question counts, and nothing repeats its sentence or gives its answer away", () => {
    const teacher: Selectable = { id: "t", kind: "choice", prompt: "How many employees will Brightloom lay off, in all?", answer: "600", evidence: { article: "a", start: 0 } };
    const candidates = [
      q("same", "when", "f1", 0),
      q("leak", "true-false", "f2", 40, "True or false: Brightloom will lay off 600 employees in all.", "True"),
      q("ok", "where", "f3", 80),
    ];
    const chosen = selectQuestions(3, { candidates, fixed: [teacher], score: scores([["same", 1], ["leak", 0.9], ["ok", 0.1]]) });
    expect(chosen.map((x) => x.id)).toEqual(["ok"]);
  });

  test("never serves a question another lesson serves; its facts only when nothing fresher is left", () => {
    const other = [q("x", "when", "f1", 0)];
    const candidates = [q("x", "when", "f1", 0), q("y", "where", "f1", 30), q("z", "how-many", "f9", 60)];
    const chosen = selectQuestions(3, { candidates, avoid: other, score: scores([["x", 1], ["y", 0.9], ["z", 0.1]]) });
    expect(chosen.map((x) => x.id)).toEqual(["z", "y"]);
  });
});
