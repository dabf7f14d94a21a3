"use client";

import { useEffect, useRef, useState } from "react";
import { lessonSummaries, scorePercent, streak } from "../../lib/progress/progress-stats.ts";
import { dueCount } from "../../lib/progress/review-scheduler.ts";
import type { ProgressSnapshot } from "../../lib/progress/progress-snapshot.ts";
import type { ImportResult } from "../../lib/progress/progress-store.ts";
import { downloadProgress } from "./download-progress.ts";
import { ProgressNotices } from "./progress-notices.tsx";
import { getProgressStore, useProgress } from "./use-progress.ts";

export interface LessonRef {
  slug: string;
  title: string;
}

const dateTime = (ms: number) => new Date(ms).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });

/** /progress: scores per lesson, streak, items due, and export, import and reset. */
export function ProgressView({ lessons }: { lessons: LessonRef[] }) {
  const snapshot = useProgress();
  // Time-dependent numbers only after mount, so the prerendered HTML and hydration agree.
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => setNow(Date.now()), [snapshot]);

  const hasProgress = snapshot.progress.attempts.length > 0 || Object.keys(snapshot.progress.questions).length > 0;

  // The tools do not depend on the progress, so they are drawn from the first paint, in the same place
  // throughout; the placeholder has the empty state's box, so with no progress yet nothing moves once it is read.
  return (
    <>
      {now === null ? (
        <p className="empty" role="status">
          Loading your progress…
        </p>
      ) : (
        <ProgressSummary snapshot={snapshot} now={now} lessons={lessons} />
      )}
      <h2>Keep your progress</h2>
      <div className="pg-tools">
        <ExportTool ready={now !== null} />
        <ImportTool />
        <ResetTool hasProgress={hasProgress} />
      </div>
    </>
  );
}

/** The notices, then the streak, what is due and the scores by lesson (or that there are none yet). */
function ProgressSummary({ snapshot, now, lessons }: { snapshot: ProgressSnapshot; now: number; lessons: LessonRef[] }) {
  const titles = new Map(lessons.map((l) => [l.slug, l.title]));
  const summaries = lessonSummaries(snapshot.progress);
  const days = streak(snapshot.progress, now);
  const due = dueCount(snapshot.progress, now);
  const firstQuiz = lessons[0] ? `/lessons/${lessons[0].slug}/quiz` : "/";

  return (
    <>
      <ProgressNotices />
      {summaries.length === 0 ? (
        <p className="empty">
          No attempts yet — <a href={firstQuiz}>take a quiz</a>.
        </p>
      ) : (
        <>
          <dl className="pg-stats">
            <div>
              <dt>Streak</dt>
              <dd>
                {days.days} day{days.days === 1 ? "" : "s"}
              </dd>
            </div>
            <div>
              <dt>Due for review</dt>
              <dd>{due}</dd>
            </div>
            <div>
              <dt>Quizzes taken</dt>
              <dd>{snapshot.progress.attempts.length}</dd>
            </div>
          </dl>
          <p>
            {days.days > 0 && !days.activeToday ? "Take a quiz today to keep your streak. " : ""}
            {due > 0 ? (
              <a href="/review">
                Review {due} question{due === 1 ? "" : "s"} now
              </a>
            ) : (
              "Nothing due for review right now."
            )}
          </p>
          <h2 id="pg-lessons">Scores by lesson</h2>
          <div className="pg-table-wrap">
            <table className="pg-table" aria-labelledby="pg-lessons">
              <thead>
                <tr>
                  <th scope="col">Lesson</th>
                  <th scope="col" className="pg-num">
                    Best
                  </th>
                  <th scope="col" className="pg-num">
                    Last
                  </th>
                  <th scope="col" className="pg-num">
                    Attempts
                  </th>
                  <th scope="col">Last taken</th>
                </tr>
              </thead>
              <tbody>
                {summaries.map((s) => {
                  const title = titles.get(s.lessonSlug);
                  return (
                    <tr key={s.lessonSlug}>
                      <th scope="row">{title ? <a href={`/lessons/${s.lessonSlug}`}>{title}</a> : <span>{s.lessonSlug} (no longer on this site)</span>}</th>
                      <td className="pg-num">
                        {s.best.correct}/{s.best.total} ({scorePercent(s.best)}%)
                      </td>
                      <td className="pg-num">
                        {s.last.correct}/{s.last.total} ({scorePercent(s.last)}%)
                      </td>
                      <td className="pg-num">{s.attempts}</td>
                      <td>{dateTime(s.lastAt)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}

function ExportTool({ ready }: { ready: boolean }) {
  return (
    <div className="pg-tool">
      <h3>Export</h3>
      <p>Save everything to a file, to keep it safe or to move it to another browser.</p>
      <button type="button" className="qz-button" disabled={!ready} onClick={downloadProgress}>
        Export progress
      </button>
    </div>
  );
}

function ImportTool() {
  const [result, setResult] = useState<(ImportResult & { file: string }) | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const importFrom = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setResult({ ok: false, added: 0, skipped: 0, problems: ["The file could not be read."], file: file.name });
      return;
    }
    setResult({ ...getProgressStore().importJson(text), file: file.name });
    input.value = "";
  };
  // The field is drawn before the script runs; a file chosen in that moment is imported once it has.
  useEffect(() => {
    if (inputRef.current) void importFrom(inputRef.current);
  }, []);
  return (
    <div className="pg-tool">
      <h3>Import</h3>
      <p>Add the attempts from an exported file. Nothing here is replaced: attempts you already have are skipped.</p>
      <label className="pg-row">
        <span>Progress file (.json)</span>
        <input ref={inputRef} className="pg-file" type="file" accept="application/json,.json" onChange={(event) => void importFrom(event.currentTarget)} />
      </label>
      <div className="pg-result" role="status">
        {result ? (
          <>
            <p>
              {result.ok ? "Imported" : "Not imported"} “{result.file}”: {result.added} attempt{result.added === 1 ? "" : "s"} added, {result.skipped} skipped, {result.problems.length} problem
              {result.problems.length === 1 ? "" : "s"}.
            </p>
            {result.problems.length ? (
              <ul>
                {result.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            ) : null}
          </>
        ) : null}
      </div>
    </div>
  );
}

function ResetTool({ hasProgress }: { hasProgress: boolean }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [done, setDone] = useState(false);
  const reset = () => {
    getProgressStore().reset();
    dialog.current?.close();
    setDone(true);
  };
  return (
    <div className="pg-tool">
      <h3>Reset</h3>
      <p>Delete all progress kept in this browser. Export it first if you may want it back.</p>
      <button
        type="button"
        className="qz-button qz-secondary"
        disabled={!hasProgress}
        onClick={() => {
          setDone(false);
          dialog.current?.showModal();
        }}
      >
        Reset progress…
      </button>
      <p role="status">{done ? "Your progress has been reset." : ""}</p>
      <dialog ref={dialog} className="pg-dialog" aria-labelledby="pg-reset-title" aria-describedby="pg-reset-text">
        <h2 id="pg-reset-title">Reset all progress?</h2>
        <p id="pg-reset-text">This deletes every quiz attempt and review answer kept in this browser. It cannot be undone: export your progress first to keep a copy.</p>
        <div className="pg-row">
          <button type="button" className="qz-button qz-secondary" onClick={downloadProgress}>
            Export progress first
          </button>
          <button type="button" className="qz-button pg-danger" onClick={reset}>
            Yes, reset everything
          </button>
          <button type="button" className="qz-button qz-secondary" autoFocus onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </dialog>
    </div>
  );
}
