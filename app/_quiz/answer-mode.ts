import { takesSeveral } from "../../lib/quiz/several-answers.ts";
import type { PlayerQuestion, QuestionResponse } from "./quiz-types.ts";

/** How a question is answered, from its kind and shape. */
export type AnswerMode = "single" | "several" | "typed" | "order" | "match";

/** The inputs a question needs: an order or match question by kind, several right answers take checkboxes, no choices means typed. */
export function answerMode(question: PlayerQuestion): AnswerMode {
  if (question.kind === "order") return "order";
  if (question.kind === "match") return "match";
  if (takesSeveral(question)) return "several";
  if (!question.choices) return "typed";
  return "single";
}

/** What a question starts with: the shown order for an order question, one empty pick per item for a match. */
export function initialResponse(question: PlayerQuestion): QuestionResponse {
  switch (answerMode(question)) {
    case "order":
      return [...(question.choices ?? [])];
    case "match":
      return (question.items ?? []).map(() => "");
    case "several":
      return [];
    default:
      return "";
  }
}

/** Whether the learner has given something to check. */
export function isAnswered(question: PlayerQuestion, response: QuestionResponse | undefined): boolean {
  if (response === undefined) return false;
  switch (answerMode(question)) {
    case "order":
      return true;
    case "match":
      return Array.isArray(response) && response.every((r) => r !== "");
    case "several":
      return Array.isArray(response) && response.length > 0;
    default:
      return typeof response === "string" && response.trim() !== "";
  }
}

/** What to ask for when "Check answer" is pressed before anything was given. */
export function answerReminder(question: PlayerQuestion): string {
  return question.kind === "match" ? "Choose a match for every item first." : question.choices ? "Choose an answer first." : "Type an answer first.";
}

/** The right answer as a learner reads it. */
export function answerText(question: PlayerQuestion): string {
  const answers = Array.isArray(question.answer) ? question.answer : [question.answer];
  if (question.kind === "match" && question.items) return question.items.map((item, i) => `${item}: ${answers[i]}`).join("; ");
  if (question.kind === "order") return answers.map((a, i) => `${i + 1}. ${a}`).join(" ");
  return answers.join("; ");
}
