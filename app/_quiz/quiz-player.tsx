"use client";

import { useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { checkAnswer } from "../../lib/quiz/answer-checker.ts";
import { lessonQuizId } from "../../lib/quiz/lesson-quiz.ts";
import { shuffleQuestions } from "../../lib/quiz/shuffle-quiz.ts";
import { ProgressNotices } from "../_progress/progress-notices.tsx";
import { getProgressStore, useProgress } from "../_progress/use-progress.ts";
import { Feedback, QuestionView, initialResponse, isAnswered, pickByNumber } from "./question-view.tsx";
import type { LessonQuestions, PlayerQuestion, QuestionResponse } from "./quiz-types.ts";

/** The seed in `?seed=N`, or 1 when there is none (or it is not a whole number). */
function seedFromLocation(): number {
  const raw = new URLSearchParams(window.location.search).get("seed");
  return raw !== null && /^\d{1,9}$/.test(raw) ? Number(raw) : 1;
}

function shareHref(slug: string, seed: number): string {
  return `/lessons/${slug}/quiz?seed=${seed}`;
}

/**
 * The page is static, so it is pre-rendered with seed 1 and the first
 * question is readable before any script runs; after mount the seed in the
 * URL (if another) re-deals the questions.
 */
export function QuizPlayer({ data }: { data: LessonQuestions }) {
  const [seed, setSeed] = useState(1);
  const [run, setRun] = useState(0);
  useEffect(() => {
    const read = () => setSeed(seedFromLocation());
    read();
    window.addEventListener("popstate", read);
    return () => window.removeEventListener("popstate", read);
  }, []);
  const restart = (to: number) => {
    const url = shareHref(data.lessonSlug, to);
    if (to === seed) window.history.replaceState(window.history.state, "", url);
    else window.history.pushState(window.history.state, "", url);
    setSeed(to);
    setRun((r) => r + 1);
  };
  return <QuizRun key={`${seed}:${run}`} data={data} seed={seed} onRestart={restart} focusOnStart={run > 0} />;
}

interface Checked {
  response: QuestionResponse;
  correct: boolean;
}

function QuizRun({ data, seed, onRestart, focusOnStart }: { data: LessonQuestions; seed: number; onRestart: (seed: number) => void; focusOnStart: boolean }) {
  const questions = useMemo(() => shuffleQuestions(data.questions, seed), [data, seed]);
  const [index, setIndex] = useState(0);
  const [responses, setResponses] = useState<Record<string, QuestionResponse>>({});
  const [checked, setChecked] = useState<Record<string, Checked>>({});
  const [done, setDone] = useState(false);
  const [prompt, setPrompt] = useState("");
  const [recordError, setRecordError] = useState("");
  const formRef = useRef<HTMLFormElement>(null);
  const primaryRef = useRef<HTMLButtonElement>(null);
  const scoreRef = useRef<HTMLHeadingElement>(null);
  const focusQuestion = useRef(focusOnStart);

  const question = questions[index]!;
  const result = checked[question.id];
  const response = responses[question.id] ?? initialResponse(question);
  const answered = Object.keys(checked).length;
  const rightSoFar = Object.values(checked).filter((c) => c.correct).length;

  useEffect(() => {
    if (!focusQuestion.current) return;
    focusQuestion.current = false;
    const form = formRef.current;
    const first = form?.querySelector<HTMLElement>(".qz-question input:checked:not(:disabled), .qz-question input:not(:disabled), .qz-question select:not(:disabled), .qz-question button:not(:disabled)");
    (first ?? primaryRef.current)?.focus();
  }, [index]);

  useEffect(() => {
    if (done) scoreRef.current?.focus();
  }, [done]);

  const goTo = (next: number) => {
    if (next < 0 || next >= questions.length) return;
    if (next > answered) return;
    focusQuestion.current = !checked[questions[next]!.id];
    setPrompt("");
    setIndex(next);
    if (!focusQuestion.current) requestAnimationFrame(() => primaryRef.current?.focus());
  };

  const finish = () => {
    try {
      getProgressStore().recordAttempt({
        quizId: lessonQuizId(data.lessonSlug, data.questionSeed),
        lessonSlug: data.lessonSlug,
        seed,
        answers: questions.map((q) => ({ questionId: q.id, response: checked[q.id]!.response, correct: checked[q.id]!.correct })),
      });
    } catch (error) {
      setRecordError(`This attempt could not be recorded: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`);
    }
    setDone(true);
  };

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (result) {
      if (index + 1 < questions.length) goTo(index + 1);
      else if (answered === questions.length) finish();
      return;
    }
    if (!isAnswered(question, response)) {
      setPrompt(question.kind === "match" ? "Choose a match for every item first." : question.choices ? "Choose an answer first." : "Type an answer first.");
      return;
    }
    const correct = checkAnswer(question, response);
    setChecked((all) => ({ ...all, [question.id]: { response, correct } }));
    setPrompt("");
    requestAnimationFrame(() => primaryRef.current?.focus());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (pickByNumber(event.currentTarget, event)) {
      event.preventDefault();
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.target as HTMLElement;
    const inField = target.tagName === "INPUT" || target.tagName === "SELECT" || target.tagName === "TEXTAREA";
    if (event.key === "Enter" && inField) {
      event.preventDefault();
      submit();
    } else if ((event.key === "ArrowRight" || event.key === "ArrowLeft") && !inField && !target.closest(".qz-order")) {
      event.preventDefault();
      goTo(event.key === "ArrowRight" ? index + 1 : index - 1);
    }
  };

  const setResponse = (value: QuestionResponse) => {
    setPrompt("");
    setResponses((all) => ({ ...all, [question.id]: value }));
  };

  if (done) {
    return <Score data={data} seed={seed} questions={questions} checked={checked} scoreRef={scoreRef} recordError={recordError} onRestart={onRestart} />;
  }

  const last = index === questions.length - 1;
  return (
    <div className="qz-player">
      <SeedLine slug={data.lessonSlug} seed={seed} />
      <ProgressNotices />
      <div className="qz-progress">
        <progress max={questions.length} value={answered} aria-label="Questions answered" />
        <span>
          {answered} of {questions.length} answered · {rightSoFar} right
        </span>
      </div>
      <form ref={formRef} className="qz-form" onSubmit={submit} onKeyDown={onKeyDown} noValidate>
        <QuestionView
          key={question.id}
          question={question}
          idPrefix={`q${index}`}
          heading={`Question ${index + 1} of ${questions.length}`}
          response={result ? result.response : response}
          onChange={setResponse}
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
    </div>
  );
}

function SeedLine({ slug, seed }: { slug: string; seed: number }) {
  return (
    <p className="qz-seed">
      Seed {seed} · <a href={shareHref(slug, seed)}>share link</a>
      <span className="qz-seed-note"> (the same seed gives the same order, on screen and on the printed worksheet)</span>
    </p>
  );
}

function Score(props: {
  data: LessonQuestions;
  seed: number;
  questions: PlayerQuestion[];
  checked: Record<string, Checked>;
  scoreRef: React.RefObject<HTMLHeadingElement | null>;
  recordError: string;
  onRestart: (seed: number) => void;
}) {
  const { data, seed, questions, checked, scoreRef, recordError, onRestart } = props;
  const { unsaved } = useProgress();
  const [showMistakes, setShowMistakes] = useState(false);
  const right = questions.filter((q) => checked[q.id]?.correct).length;
  const mistakes = questions.filter((q) => !checked[q.id]?.correct);
  const percent = Math.round((100 * right) / questions.length);
  const [nextSeed] = useState(() => {
    const candidate = 1 + Math.floor(Math.random() * 9998);
    return candidate >= seed ? candidate + 1 : candidate;
  });
  return (
    <section className="qz-score" aria-labelledby="qz-score-heading">
      <h2 id="qz-score-heading" ref={scoreRef} tabIndex={-1}>
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
        <a href="/progress">See all your progress</a> · <a href={`/lessons/${data.lessonSlug}`}>Back to the lesson</a>
        {mistakes.length > 0 ? (
          <>
            {" "}
            · <a href="/review">Practise mistakes in Review</a>
          </>
        ) : null}
      </p>
      <div id="qz-mistakes" hidden={!showMistakes}>
        <h3>Your mistakes</h3>
        <ol className="qz-mistakes">
          {mistakes.map((q) => {
            const given = checked[q.id]!.response;
            return (
              <li key={q.id}>
                <p className="qz-prompt">{q.prompt}</p>
                <p>
                  <strong>You answered:</strong> {Array.isArray(given) ? given.join("; ") : given}
                </p>
                <Feedback question={q} correct={false} />
              </li>
            );
          })}
        </ol>
      </div>
    </section>
  );
}
