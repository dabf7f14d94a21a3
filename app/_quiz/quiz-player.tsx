"use client";

import { useEffect, useState } from "react";
import { QuizRun } from "./quiz-run.tsx";
import type { LessonQuestions } from "./quiz-types.ts";
import { layoutFromSearch, quizHref, seedFromSearch, type QuizLayout } from "./quiz-url.ts";

/**
 * The quiz: its seed and layout come from the URL (`?seed=N&view=all`), so a
 * shared link opens the same order in the same layout. The page is static,
 * so it is pre-rendered with seed 1, one at a time, and the first question is
 * readable before any script runs; after mount the URL (if it says otherwise)
 * re-deals the questions or lays them all out.
 */
export function QuizPlayer({ data }: { data: LessonQuestions }) {
  const [seed, setSeed] = useState(1);
  const [layout, setLayout] = useState<QuizLayout>("one");
  const [run, setRun] = useState(0);
  useEffect(() => {
    const read = () => {
      setSeed(seedFromSearch(window.location.search));
      setLayout(layoutFromSearch(window.location.search));
    };
    read();
    window.addEventListener("popstate", read);
    return () => window.removeEventListener("popstate", read);
  }, []);

  const restart = (to: number) => {
    const url = quizHref(data.lessonSlug, to, layout);
    if (to === seed) window.history.replaceState(window.history.state, "", url);
    else window.history.pushState(window.history.state, "", url);
    setSeed(to);
    setRun((r) => r + 1);
  };
  // The layout is how to look at this attempt, not a new place: replaced, so Back still leaves the quiz.
  const changeLayout = (to: QuizLayout) => {
    window.history.replaceState(window.history.state, "", quizHref(data.lessonSlug, seed, to));
    setLayout(to);
  };

  // The layout is not in the key: switching keeps the answers given so far.
  return <QuizRun key={`${seed}:${run}`} data={data} seed={seed} layout={layout} onLayoutChange={changeLayout} onRestart={restart} focusOnStart={run > 0} />;
}
