"use client";

import { useState } from "react";
import { ProgressNotices } from "../_progress/progress-notices.tsx";
import { QuizAllView } from "./quiz-all-view.tsx";
import { QuizLayoutSwitch } from "./quiz-layout-switch.tsx";
import { QuizScore } from "./quiz-score.tsx";
import { QuizStepView } from "./quiz-step-view.tsx";
import type { LessonQuestions } from "./quiz-types.ts";
import { quizHref, type QuizLayout } from "./quiz-url.ts";
import { useHydrated } from "./use-hydrated.ts";
import { useQuizAnswers } from "./use-quiz-answers.ts";

interface QuizRunProps {
  data: LessonQuestions;
  seed: number;
  layout: QuizLayout;
  onLayoutChange: (layout: QuizLayout) => void;
  onRestart: (seed: number) => void;
  /** After a restart (not on first load, which would scroll the page), focus the first question. */
  focusOnStart: boolean;
}

/**
 * One attempt: the seed and its share link, the layout switch and the
 * progress bar above whichever layout is chosen, then the score. Until the
 * page's script has started, every control is disabled (`useHydrated`).
 */
export function QuizRun({ data, seed, layout, onLayoutChange, onRestart, focusOnStart }: QuizRunProps) {
  const answers = useQuizAnswers(data, seed);
  const hydrated = useHydrated();
  // Focus goes to the first question only at the start of a run; switching layout leaves it on the switch.
  const [switched, setSwitched] = useState(false);
  const changeLayout = (to: QuizLayout) => {
    setSwitched(true);
    onLayoutChange(to);
  };
  if (answers.done) return <QuizScore lessonSlug={data.lessonSlug} seed={seed} answers={answers} onRestart={onRestart} />;

  const { questions, checked } = answers;
  const answered = Object.keys(checked).length;
  const rightSoFar = Object.values(checked).filter((c) => c.correct).length;
  return (
    // A fieldset only so that one `disabled` covers every control until the script has started.
    <fieldset className="qz-player" disabled={!hydrated}>
      <p className="qz-seed">
        Seed {seed} · <a href={quizHref(data.lessonSlug, seed, layout)}>share link</a>
        <span className="qz-seed-note"> (the same seed gives the same order, on screen and on the printed worksheet)</span>
      </p>
      <QuizLayoutSwitch layout={layout} onChange={changeLayout} />
      <ProgressNotices />
      <div className="qz-progress">
        <progress max={questions.length} value={answered} aria-label="Questions answered" />
        <span>
          {answered} of {questions.length} answered · {rightSoFar} right
        </span>
      </div>
      {layout === "all" ? <QuizAllView answers={answers} focusOnStart={focusOnStart && !switched} /> : <QuizStepView answers={answers} focusOnStart={focusOnStart && !switched} />}
    </fieldset>
  );
}
