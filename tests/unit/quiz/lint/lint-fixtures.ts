import type { Question } from "../../../../lib/quiz/question-schema.ts";
import { buildContext } from "../../../../lib/quiz/quiz-context.ts";
import { quizInput, WIRE, type Spec } from "../quiz-fixtures.ts";

/** The WIRE story's context, and questions written by hand against its body. */
export const context = buildContext(quizInput([WIRE]), 1);

/** The WIRE sentence that holds `words`, as evidence. */
export function evidenceOf(words: string, spec: Spec = WIRE): Question["evidence"] {
  const at = spec.body.indexOf(words);
  if (at < 0) throw new Error(`fixture: "${words}" not in body`);
  const start = Math.max(0, spec.body.lastIndexOf(". ", at) + (spec.body.lastIndexOf(". ", at) < 0 ? 0 : 2));
  const stop = spec.body.indexOf(". ", at);
  const end = stop < 0 ? spec.body.length : stop + 1;
  return { article: spec.slug, outlet: spec.outlet, start, end, text: spec.body.slice(start, end) };
}

/** A sound multiple-choice question; each test changes one thing. */
export function question(change: Partial<Question> = {}): Question {
  return {
    id: "q-test",
    kind: "where",
    prompt: "Where? Fill the blank: “The leaders met in ____ to agree a 30-day ceasefire.”",
    choices: ["Jeddah", "Medina", "Tabuk", "Abha"],
    answer: "Jeddah",
    explanation: "The sentence names Jeddah here.",
    evidence: evidenceOf("The leaders met in Jeddah"),
    difficulty: 2,
    factIds: ["f1"],
    ...change,
  };
}
