"use client";

import { answerMode } from "./answer-mode.ts";
import { ChoiceQuestion } from "./choice-question.tsx";
import { MatchQuestion } from "./match-question.tsx";
import { OrderQuestion } from "./order-question.tsx";
import type { QuestionProps } from "./quiz-types.ts";
import { TypedQuestion } from "./typed-question.tsx";

// The review session (app/_progress/review-session.tsx) imports these from here; they live in files of their own.
export { answerMode, answerText, initialResponse, isAnswered, type AnswerMode } from "./answer-mode.ts";
export { pickByNumber } from "./question-keys.ts";
export { Feedback } from "./question-feedback.tsx";

/**
 * One question with the inputs its kind needs: radios (one answer),
 * checkboxes (several), a text field (typed), a reorderable list (order) or
 * a select per item (match). Number keys pick a choice; arrows move between
 * choices; the view around it handles Enter.
 */
export function QuestionView(props: QuestionProps) {
  switch (answerMode(props.question)) {
    case "single":
      return <ChoiceQuestion {...props} several={false} />;
    case "several":
      return <ChoiceQuestion {...props} several />;
    case "typed":
      return <TypedQuestion {...props} />;
    case "match":
      return <MatchQuestion {...props} />;
    case "order":
      return <OrderQuestion {...props} />;
  }
}
