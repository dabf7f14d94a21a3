"use client";

import { useEffect, useRef, useState } from "react";
import { ProgressNotices } from "../_progress/progress-notices.tsx";
import { useProgress } from "../_progress/use-progress.ts";
import { QuizMistakes } from "./quiz-mistakes.tsx";
import type { QuizAnswers } from "./use-quiz-answers.ts";

/** A seed other than `seed`, for "Try a new order". */
function otherSeed(seed: number): number {
  const candidate = 1 + Math.floor(Math.random() * 9998);
  return candidate >= seed ? candidate + 1 : candidate;
}

/**
 * The end of an attempt: the score (focused, so a screen reader says it),
 * whether it was saved, ways to go again and the mistakes to look over.
 */
export function QuizScore({ lessonSlug, seed, answers, onRestart }: { lessonSlug: string; seed: number; answers: QuizAnswers; onRestart: (seed: number) => void }) {
  const { questions, checked, recordError } = answers;
  const { unsaved } = useProgress();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [showMistakes, setShowMistakes] = useState(false);
  // Drawn once, so the button's label and where it leads agree.
  const [nextSeed] = useState(() => otherSeed(seed));
  const right = questions.filter((q) => checked[q.id]?.correct).length;
  const mistakes = questions.filter((q) => !checked[q.id]?.correct);
  const percent = Math.round((100 * right) / questions.length);

  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="qz-score" aria-labelledby="qz-score-heading">
      <h2 id="qz-score-heading" ref={headingRef} tabIndex={-1}>
        You scored {right} of {questions.length}
      </h2>
      <p className="qz-score-big">{percent}%</p>
      <p className="qz-seed">Seed {seed}</p>
      {recordError ? (
        <p className="qz-error" role="alert">
          {recordError}
        </p>
      ) : (
        <p>{unsaved ? "Recorded in this tab only: this browser is not saving right now." : "Saved to your progress in this browser."}</p>
      )}
      <ProgressNotices />
      <div className="qz-actions qz-actions-wrap">
        <button type="button" className="qz-button" onClick={() => onRestart(seed)}>
          Retry with the same seed
        </button>
        <button type="button" className="qz-button qz-secondary" onClick={() => onRestart(nextSeed)}>
          Try a new order (seed {nextSeed})
        </button>
        {mistakes.length > 0 ? (
          <button type="button" className="qz-button qz-secondary" aria-expanded={showMistakes} aria-controls="qz-mistakes" onClick={() => setShowMistakes((s) => !s)}>
            Review my mistakes ({mistakes.length})
          </button>
        ) : null}
      </div>
      <p>
        <a href="/progress">See all your progress</a> · <a href={`/lessons/${lessonSlug}`}>Back to the lesson</a>
        {mistakes.length > 0 ? (
          <>
            {" "}
            · <a href="/review">Practise mistakes in Review</a>
          </>
        ) : null}
      </p>
      <QuizMistakes id="qz-mistakes" hidden={!showMistakes} mistakes={mistakes} checked={checked} />
    </section>
  );
}
