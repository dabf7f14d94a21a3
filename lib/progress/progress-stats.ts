import { compareAttempts } from "./progress-merge.ts";
import type { Attempt, Progress, Score } from "./progress-schema.ts";
import { DAY_MS } from "./review-scheduler.ts";

/** What `/progress` shows for one lesson. */
export interface LessonSummary {
  lessonSlug: string;
  attempts: number;
  best: Score;
  last: Score;
  /** Epoch ms of the last attempt. */
  lastAt: number;
}

/**
 * Best and last score per lesson, the most recently practised lesson first.
 * "Best" is the highest share of right answers; between equal shares the
 * longer quiz, then the later attempt, wins.
 */
export function lessonSummaries(progress: Progress): LessonSummary[] {
  const byLesson = new Map<string, Attempt[]>();
  for (const attempt of progress.attempts) {
    const list = byLesson.get(attempt.lessonSlug) ?? [];
    list.push(attempt);
    byLesson.set(attempt.lessonSlug, list);
  }
  const summaries: LessonSummary[] = [];
  for (const [lessonSlug, attempts] of byLesson) {
    const ordered = attempts.sort(compareAttempts);
    const last = ordered.at(-1)!;
    const best = ordered.reduce((top, attempt) => (compareScores(attempt.score, top.score) >= 0 ? attempt : top));
    summaries.push({ lessonSlug, attempts: ordered.length, best: best.score, last: last.score, lastAt: last.finishedAt });
  }
  return summaries.sort((a, b) => b.lastAt - a.lastAt || (a.lessonSlug < b.lessonSlug ? -1 : 1));
}

/** Orders scores by share of right answers (exactly, without floating point), then by length. */
export function compareScores(a: Score, b: Score): number {
  return a.correct * b.total - b.correct * a.total || a.total - b.total;
}

/** A score as a whole percentage, for display. */
export function scorePercent(score: Score): number {
  return Math.round((100 * score.correct) / score.total);
}

/** Minutes east of UTC at an instant, like `-new Date(ms).getTimezoneOffset()`. */
export type OffsetAt = (ms: number) => number;

/** The host's offset at each instant, so days stay right across daylight-saving changes. */
export const hostOffsetAt: OffsetAt = (ms) => -new Date(ms).getTimezoneOffset();

/** The learner's local calendar day of an instant, as a day number. */
export function localDay(ms: number, offsetAt: OffsetAt = hostOffsetAt): number {
  return Math.floor((ms + offsetAt(ms) * 60_000) / DAY_MS);
}

export interface Streak {
  /** Consecutive local days with at least one attempt, ending today or yesterday. */
  days: number;
  /** Whether today already counts; if not, an attempt today extends the streak. */
  activeToday: boolean;
}

/**
 * The current streak at `now`. A streak that last counted yesterday is still
 * alive (the learner has until midnight), one that last counted before
 * yesterday is over. Attempts after `now` (a clock set back) are ignored.
 */
export function streak(progress: Progress, now: number, offsetAt: OffsetAt = hostOffsetAt): Streak {
  const days = new Set(progress.attempts.filter((a) => a.finishedAt <= now).map((a) => localDay(a.finishedAt, offsetAt)));
  const today = localDay(now, offsetAt);
  const activeToday = days.has(today);
  let day = activeToday ? today : today - 1;
  let count = 0;
  while (days.has(day)) {
    count++;
    day--;
  }
  return { days: count, activeToday };
}
