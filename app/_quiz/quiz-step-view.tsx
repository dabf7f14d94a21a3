"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { Feedback } from "./question-feedback.tsx";
import { firstField } from "./question-keys.ts";
import { QuestionView } from "./question-view.tsx";
import type { QuizAnswers } from "./use-quiz-answers.ts";
import { useQuizKeys } from "./use-quiz-keys.ts";

/**
 * One question at a time, with Check / Next / Previous. A learner can go back
 * to any question but not past the first one left unchecked (answers checked
 * in the other layout may leave gaps, so "answered so far" is not enough).
 */
export function QuizStepView({ answers, focusOnStart }: { answers: QuizAnswers; focusOnStart: boolean }) {
  const { questions, checked, firstUnchecked } = answers;
  // Coming from the other layout, start where there is work left.
  const [index, setIndex] = useState(() => Math.min(firstUnchecked, questions.length - 1));
  const [prompt, setPrompt] = useState("");
  const formRef = useRef<HTMLFormElement>(null);
  const primaryRef = useRef<HTMLButtonElement>(null);
  const focusQuestion = useRef(focusOnStart);

  const question = questions[index]!;
  const result = checked[question.id];
  const last = index === questions.length - 1;

  useEffect(() => {
    if (!focusQuestion.current) return;
    focusQuestion.current = false;
    (firstField(formRef.current) ?? primaryRef.current)?.focus();
  }, [index]);

  const goTo = (next: number) => {
    if (next < 0 || next >= questions.length || next > firstUnchecked) return;
    // A question still to answer gets focus on its first input; a checked one on the button that moves on.
    focusQuestion.current = !checked[questions[next]!.id];
    setPrompt("");
    setIndex(next);
    if (!focusQuestion.current) requestAnimationFrame(() => primaryRef.current?.focus());
  };

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (result) {
      if (!last) goTo(index + 1);
      else if (firstUnchecked === questions.length) answers.finish();
      return;
    }
    const reminder = answers.check(question);
    setPrompt(reminder);
    // Checking disables the inputs, which would drop focus from a chosen radio; the button that moves on takes it.
    // A reminder leaves focus where it was, so the learner can answer at once.
    if (!reminder) requestAnimationFrame(() => primaryRef.current?.focus());
  };

  const onKeyDown = useQuizKeys({ submit, move: (step) => goTo(index + step) });

  return (
    <form ref={formRef} className="qz-form" onSubmit={submit} onKeyDown={onKeyDown} noValidate>
      <QuestionView
        key={question.id}
        question={question}
        idPrefix={`q${index}`}
        heading={`Question ${index + 1} of ${questions.length}`}
        response={answers.responseOf(question)}
        onChange={(value) => {
          setPrompt("");
          answers.respond(question, value);
        }}
        checked={!!result}
      />
      <div className="qz-actions">
        <button ref={primaryRef} type="submit" className="qz-button">
          {!result ? "Check answer" : last ? "See my score" : "Next question"}
        </button>
        {index > 0 ? (
          <button type="button" className="qz-button qz-secondary" onClick={() => goTo(index - 1)}>
            Previous
          </button>
        ) : null}
        <span className="qz-keys" aria-hidden="true">
          Keys: 1–9 choose · Enter check / next · ← → move between questions
        </span>
      </div>
      <div className="qz-live" aria-live="polite" aria-atomic="true">
        {prompt ? <p className="qz-prompt-needed">{prompt}</p> : null}
        {result ? <Feedback question={question} correct={result.correct} /> : null}
      </div>
    </form>
  );
}
