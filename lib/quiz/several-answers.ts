import type { Question } from "./question-schema.ts";

/**
 * Whether a question is answered by marking several choices, on screen and
 * on paper alike: one with several right answers (a source check carried by
 * several outlets, a teacher's question with several right choices). One
 * right answer is one mark, and the prompt does not say "choose all".
 */
export function takesSeveral(question: Pick<Question, "kind" | "answer">): boolean {
  return Array.isArray(question.answer) && (question.kind === "source-check" || question.kind === "choice");
}
