"use client";

import { useEffect, useRef, useState } from "react";
import { AllViewQuestion } from "./all-view-question.tsx";
import { firstField } from "./question-keys.ts";
import type { QuizAnswers } from "./use-quiz-answers.ts";

/** "1", "1 and 4", "1, 4 and 9". */
function numberList(numbers: number[]): string {
  return numbers.length < 2 ? numbers.join("") : `${numbers.slice(0, -1).join(", ")} and ${numbers.at(-1)}`;
}

/**
 * Every question in order, each checked on its own, then one button that
 * records the attempt exactly as the last "See my score" of one at a time
 * does (the same `finish`, so the same quiz id and seed). Finishing asks for
 * the questions still unchecked rather than being disabled, so the button
 * can always be reached and says why it did nothing.
 */
export function QuizAllView({ answers, focusOnStart }: { answers: QuizAnswers; focusOnStart: boolean }) {
  const { questions, checked } = answers;
  const listRef = useRef<HTMLOListElement>(null);
  const finishRef = useRef<HTMLButtonElement>(null);
  // Set by pressing Finish too soon; the list it shows follows the checks made since.
  const [asked, setAsked] = useState(false);
  const open = questions.flatMap((q, i) => (checked[q.id] ? [] : [i + 1]));

  useEffect(() => {
    if (focusOnStart) firstField(listRef.current?.children[0])?.focus();
    // Only when the attempt starts: later renders must not pull focus back to the top.
  }, []);

  /** The next question after `from` still to check, wrapping round to the top; -1 when every one is checked. */
  const nextOpen = (from: number) => {
    for (let step = 1; step < questions.length; step++) {
      const at = (from + step) % questions.length;
      if (!checked[questions[at]!.id]) return at;
    }
    return -1;
  };
  const goOn = (from: number) => {
    const to = nextOpen(from);
    (to < 0 ? finishRef.current : firstField(listRef.current?.children[to]))?.focus();
  };

  const finish = () => {
    if (open.length) setAsked(true);
    else answers.finish();
  };

  return (
    <>
      <p className="qz-keys" aria-hidden="true">
        Keys act on the question you are in: 1–9 choose · Enter check · Tab to the next question
      </p>
      <ol className="qz-all" ref={listRef}>
        {questions.map((question, i) => {
          const to = nextOpen(i);
          return (
            <li key={question.id}>
              <AllViewQuestion question={question} index={i} total={questions.length} answers={answers} nextLabel={to < 0 ? "Go to Finish" : `Go to question ${to + 1}`} onNext={() => goOn(i)} />
            </li>
          );
        })}
      </ol>
      <div className="qz-actions">
        <button ref={finishRef} type="button" className="qz-button" onClick={finish}>
          Finish and see my score
        </button>
      </div>
      <div aria-live="polite" aria-atomic="true">
        {asked && open.length ? (
          <p className="qz-prompt-needed">
            Check every question first: question{open.length === 1 ? "" : "s"} {numberList(open)} {open.length === 1 ? "is" : "are"} not checked yet.
          </p>
        ) : null}
      </div>
    </>
  );
}
