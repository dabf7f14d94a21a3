"use client";

import { useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { Feedback } from "./question-feedback.tsx";
import { isField, pickByNumber } from "./question-keys.ts";
import { QuestionView } from "./question-view.tsx";
import type { PlayerQuestion } from "./quiz-types.ts";
import type { QuizAnswers } from "./use-quiz-answers.ts";

interface AllViewQuestionProps {
  question: PlayerQuestion;
  index: number;
  total: number;
  answers: QuizAnswers;
  /** What the button says once this question is checked, e.g. "Go to question 5". */
  nextLabel: string;
  /** Moves focus on to the next question still to check, or to the finish button. */
  onNext: () => void;
}

/**
 * One question of the all-on-one-page layout, in a form of its own named by
 * its number: its own Check button, reminder and feedback. Keys act on this
 * question only because they are handled on its form: 1–9 pick a choice,
 * Enter in a field checks, Tab and arrows do what they do in any form.
 */
export function AllViewQuestion({ question, index, total, answers, nextLabel, onNext }: AllViewQuestionProps) {
  const [prompt, setPrompt] = useState("");
  const buttonRef = useRef<HTMLButtonElement>(null);
  const result = answers.checked[question.id];
  const idPrefix = `q${index}`;

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (result) return onNext();
    const reminder = answers.check(question);
    setPrompt(reminder);
    // As one at a time: checking disables the inputs, so the button (now "Go to …") takes focus; a reminder leaves it.
    if (!reminder) requestAnimationFrame(() => buttonRef.current?.focus());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (pickByNumber(event.currentTarget, event)) {
      event.preventDefault();
    } else if (event.key === "Enter" && isField(event.target) && !(event.altKey || event.ctrlKey || event.metaKey || event.shiftKey)) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <form className="qz-all-question" aria-labelledby={`${idPrefix}-num`} onSubmit={submit} onKeyDown={onKeyDown} noValidate>
      <QuestionView
        question={question}
        idPrefix={idPrefix}
        heading={`Question ${index + 1} of ${total}`}
        response={answers.responseOf(question)}
        onChange={(value) => {
          setPrompt("");
          answers.respond(question, value);
        }}
        checked={!!result}
      />
      <div className="qz-actions">
        <button ref={buttonRef} type="submit" className="qz-button">
          {result ? (
            nextLabel
          ) : (
            <>
              {/* Twenty buttons called "Check answer" could not be told apart in a list of buttons. */}
              Check answer<span className="qz-visually-hidden"> to question {index + 1}</span>
            </>
          )}
        </button>
      </div>
      <div className="qz-live" aria-live="polite" aria-atomic="true">
        {prompt ? <p className="qz-prompt-needed">{prompt}</p> : null}
        {result ? <Feedback question={question} correct={result.correct} /> : null}
      </div>
    </form>
  );
}
