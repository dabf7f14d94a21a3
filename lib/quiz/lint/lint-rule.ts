import type { Question } from "../question-schema.ts";
import type { QuizContext } from "../quiz-context.ts";

/**
 * One rule a question must pass before a student sees it. A rule returns
 * what is wrong, in words a teacher would use, or null when the question
 * passes. Rules never repair a question: a failing one is dropped.
 */
export interface LintRule {
  /** Kebab-case name, used in test tables and debug output. */
  name: string;
  check(question: Question, context: QuizContext): string | null;
}

/** What a rule found wrong with one question. */
export interface LintProblem {
  rule: string;
  message: string;
}

/** Every answer of a question as a list. */
export function answersOf(question: Pick<Question, "answer">): string[] {
  return Array.isArray(question.answer) ? question.answer : [question.answer];
}

/** The choices that are not answers. */
export function distractorsOf(question: Pick<Question, "answer" | "choices">): string[] {
  const answers = answersOf(question);
  return (question.choices ?? []).filter((c) => !answers.includes(c));
}
