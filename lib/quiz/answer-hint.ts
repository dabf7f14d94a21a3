import { parseFigure } from "./number-format.ts";
import type { Question } from "./question-schema.ts";

/** What `answerHint` reads of a typed question. */
export type HintedQuestion = Pick<Question, "answerType" | "accepted" | "answer">;

/**
 * What to type, in words a student reads above the answer field. A term's
 * hint follows its accepted answers: "One word." only when every accepted
 * answer is one word, a number when they are figures ("30 days" asks for a
 * number, and "30" is accepted), else "A few words."
 */
export function answerHint(question: HintedQuestion): string {
  switch (question.answerType) {
    case "name":
      return "A name; the surname alone is enough.";
    case "date":
      return "A date, such as 18 March 2025.";
    case "number":
      return "A number, in figures or words.";
  }
  const accepted = question.accepted?.length ? question.accepted : [String(question.answer)];
  if (accepted.every((a) => leadingFigure(a) !== null)) return "A number, in figures or words.";
  if (accepted.some((a) => a.trim().split(/\s+/).length === 1)) return "One word.";
  return "A few words.";
}

/** The value of a figure that starts an answer ("30" of "30 days", "thirty" of "thirty days"), or null. */
export function leadingFigure(text: string): number | null {
  const [first, ...rest] = text.trim().split(/\s+/);
  if (!first || rest.length > 1) return null;
  return parseFigure(first)?.value ?? null;
}
