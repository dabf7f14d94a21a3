"use client";

import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { reviewState, type ReviewItem } from "../../lib/progress/review-scheduler.ts";
import { checkAnswer } from "../../lib/quiz/answer-checker.ts";
import { shuffleQuestions } from "../../lib/quiz/shuffle-quiz.ts";
import { Feedback, QuestionView, initialResponse, isAnswered, pickByNumber } from "../_quiz/question-view.tsx";
import type { LessonQuestions, PlayerQuestion, QuestionResponse } from "../_quiz/quiz-types.ts";
import type { LessonRef } from "./progress-view.tsx";
import { ProgressNotices } from "./progress-notices.tsx";
import { getProgressStore, useProgress } from "./use-progress.ts";

type Loaded = Record<string, LessonQuestions | "failed">;

/** A due item's question, rebuilt from its lesson's question set, choices ordered by the seed it was asked with. */
function questionFor(item: ReviewItem, loaded: Loaded): PlayerQuestion | null | undefined {
  const set = loaded[item.lessonSlug];
  if (set === undefined) return undefined;
  if (set === "failed") return null;
  const found = set.questions.find((q) => q.id === item.questionId);
  return found ? shuffleQuestions([found], item.seed)[0]! : null;
}

/**
 * /review: the questions due now, across lessons, one at a time. The queue is
 * taken when the page opens (a missed question is due again at once, so it
 * would otherwise never leave the screen); "Check for more" takes it again.
 */
export function ReviewSession({ lessons }: { lessons: LessonRef[] }) {
  const snapshot = useProgress();
  const [queue, setQueue] = useState<ReviewItem[] | null>(null);
  const [loaded, setLoaded] = useState<Loaded>({});
  const [index, setIndex] = useState(0);
  const [response, setResponse] = useState<QuestionResponse | undefined>(undefined);
  const [result, setResult] = useState<boolean | null>(null);
  const [prompt, setPrompt] = useState("");
  const [tally, setTally] = useState({ right: 0, done: 0 });
  const [now, setNow] = useState<number | null>(null);
  const primaryRef = useRef<HTMLButtonElement>(null);
  const requested = useRef(new Set<string>());
  const titles = new Map(lessons.map((l) => [l.slug, l.title]));

  const take = () => {
    const at = Date.now();
    setNow(at);
    setQueue(getProgressStore().reviewQueue(at));
    setIndex(0);
    setResponse(undefined);
    setResult(null);
    setTally({ right: 0, done: 0 });
  };
  useEffect(take, []);

  // Another tab may record attempts: an empty queue picks them up.
  useEffect(() => {
    if (queue && queue.length === 0 && getProgressStore().reviewQueue(Date.now()).length > 0) take();
  }, [snapshot, queue]);

  useEffect(() => {
    if (!queue) return;
    for (const slug of new Set(queue.map((item) => item.lessonSlug))) {
      if (requested.current.has(slug)) continue;
      requested.current.add(slug);
      fetch(`/lessons/${encodeURIComponent(slug)}/questions.json`)
        .then((r) => (r.ok ? (r.json() as Promise<LessonQuestions | null>) : null))
        .catch(() => null)
        .then((data) => setLoaded((all) => ({ ...all, [slug]: data && Array.isArray(data.questions) ? data : "failed" })));
    }
  }, [queue]);

  if (queue === null || now === null) {
    return (
      <div className="qz-loading" role="status">
        Loading your review queue…
      </div>
    );
  }

  if (index >= queue.length) {
    return <ReviewDone queue={queue} tally={tally} now={now} onAgain={take} />;
  }

  const item = queue[index]!;
  const question = questionFor(item, loaded);
  const lessonTitle = titles.get(item.lessonSlug) ?? item.lessonSlug;
  const heading = `Review ${index + 1} of ${queue.length} · ${lessonTitle}`;

  const next = () => {
    setIndex((i) => i + 1);
    setResponse(undefined);
    setResult(null);
    setPrompt("");
    requestAnimationFrame(() => {
      const first = document.querySelector<HTMLElement>(".rv-form .qz-question input:not(:disabled), .rv-form .qz-question select, .rv-form .qz-question button:not(:disabled)");
      (first ?? primaryRef.current)?.focus();
    });
  };

  if (question === undefined) {
    return (
      <div className="qz-loading" role="status">
        Loading questions…
      </div>
    );
  }

  if (question === null) {
    return (
      <div className="rv-item">
        <ProgressNotices />
        <p className="qz-qnum">{heading}</p>
        <p className="empty">This question is no longer part of its lesson’s quiz, so it cannot be asked again here.</p>
        <button ref={primaryRef} type="button" className="qz-button" onClick={next}>
          Skip it
        </button>
      </div>
    );
  }

  const current = response ?? initialResponse(question);
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (result !== null) return next();
    if (!isAnswered(question, current)) {
      setPrompt(question.choices && question.kind !== "order" ? "Choose an answer first." : "Answer first.");
      return;
    }
    const correct = checkAnswer(question, current);
    getProgressStore().recordReview(item.questionId, correct);
    setResult(correct);
    setTally((t) => ({ right: t.right + (correct ? 1 : 0), done: t.done + 1 }));
    requestAnimationFrame(() => primaryRef.current?.focus());
  };
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (pickByNumber(event.currentTarget, event)) return event.preventDefault();
    const target = event.target as HTMLElement;
    if (event.key === "Enter" && !event.altKey && !event.shiftKey && (target.tagName === "INPUT" || target.tagName === "SELECT")) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <div className="rv-item">
      <ProgressNotices />
      <form className="qz-form rv-form" onSubmit={submit} onKeyDown={onKeyDown} noValidate>
        <QuestionView
          key={`${index}:${item.questionId}`}
          question={question}
          idPrefix={`rv${index}`}
          heading={heading}
          response={current}
          onChange={(value) => {
            setPrompt("");
            setResponse(value);
          }}
          checked={result !== null}
        />
        <div className="qz-actions">
          <button ref={primaryRef} type="submit" className="qz-button">
            {result === null ? "Check answer" : index + 1 < queue.length ? "Next question" : "Finish"}
          </button>
          <span className="qz-keys" aria-hidden="true">
            Keys: 1–9 choose · Enter check / next
          </span>
        </div>
        <div className="qz-live" aria-live="polite" aria-atomic="true">
          {prompt ? <p className="qz-prompt-needed">{prompt}</p> : null}
          {result !== null ? <Feedback question={question} correct={result} /> : null}
        </div>
      </form>
    </div>
  );
}

function ReviewDone({ queue, tally, now, onAgain }: { queue: ReviewItem[]; tally: { right: number; done: number }; now: number; onAgain: () => void }) {
  const { progress } = useProgress();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (queue.length > 0) headingRef.current?.focus();
  }, [queue.length]);
  let nextDue = Infinity;
  for (const question of Object.values(progress.questions)) {
    const state = reviewState(question.history);
    if (state && state.due > now) nextDue = Math.min(nextDue, state.due);
  }
  const stillDue = getProgressStore().reviewQueue(Date.now()).length;
  const hasQuestions = Object.keys(progress.questions).length > 0;
  return (
    <div>
      <ProgressNotices />
      {queue.length > 0 ? (
        <>
          <h2 ref={headingRef} tabIndex={-1}>
            Session done: {tally.right} of {tally.done} right
          </h2>
          {stillDue > 0 ? (
            <p>
              {stillDue} question{stillDue === 1 ? " is" : "s are"} due again (missed ones come straight back).{" "}
              <button type="button" className="qz-button" onClick={onAgain}>
                Review them
              </button>
            </p>
          ) : null}
        </>
      ) : null}
      {queue.length === 0 || stillDue === 0 ? (
        <div className="empty">
          <p>
            <strong>Nothing due — come back tomorrow.</strong>
          </p>
          {Number.isFinite(nextDue) ? (
            <p>
              Next question due: <time dateTime={new Date(nextDue).toISOString()}>{new Date(nextDue).toLocaleString(undefined, { dateStyle: "full", timeStyle: "short" })}</time>
            </p>
          ) : hasQuestions ? null : (
            <p>
              Questions you answer in a quiz come back here when they are due. <a href="/">Pick a lesson and take its quiz</a>.
            </p>
          )}
        </div>
      ) : null}
      <p>
        <a href="/progress">See your progress</a>
      </p>
    </div>
  );
}
