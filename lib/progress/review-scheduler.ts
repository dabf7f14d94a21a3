import { compareEntries } from "./progress-merge.ts";
import type { HistoryEntry, Progress } from "./progress-schema.ts";

/**
 * Leitner scheduling. Each question sits in a box 1–5; a box's interval is
 * how long a right answer puts the question away:
 *
 * - a wrong answer puts the question in box 1, due at once;
 * - a right answer moves it up one box (box 5 stays 5), due after that box's
 *   interval — but only when the question was due: answering early, say by
 *   retaking a quiz the same afternoon, keeps the box and the due time, so
 *   cramming cannot rush a question to box 5.
 *
 * The state is replayed from the question's history rather than stored, so
 * it is deterministic and two merged copies always agree.
 */

/** Days a right answer puts a question away, by box (index 0 = box 1). */
export const BOX_INTERVAL_DAYS = [1, 2, 4, 8, 16] as const;

export const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReviewState {
  /** 1–5. */
  box: number;
  /** Epoch ms from which the question is due. */
  due: number;
}

/** The state after one answer; `state` is undefined for a question never answered. */
export function nextReviewState(state: ReviewState | undefined, correct: boolean, at: number): ReviewState {
  if (!correct) return { box: 1, due: at };
  if (state && at < state.due) return state;
  const box = state ? Math.min(state.box + 1, BOX_INTERVAL_DAYS.length) : 1;
  return { box, due: at + BOX_INTERVAL_DAYS[box - 1]! * DAY_MS };
}

/** Replays a history (any order) into its Leitner state; undefined when empty. */
export function reviewState(history: readonly HistoryEntry[]): ReviewState | undefined {
  let state: ReviewState | undefined;
  for (const entry of [...history].sort(compareEntries)) state = nextReviewState(state, entry.correct, entry.at);
  return state;
}

/** One question waiting in `/review`, with what is needed to rebuild it from its quiz. */
export interface ReviewItem extends ReviewState {
  questionId: string;
  lessonSlug: string;
  quizId: string;
  seed: number;
}

/** Questions due at `now`, across lessons: the longest overdue first, then by question id. */
export function dueItems(progress: Progress, now: number): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const [questionId, question] of Object.entries(progress.questions)) {
    const state = reviewState(question.history);
    if (!state || state.due > now) continue;
    items.push({ questionId, lessonSlug: question.lessonSlug, quizId: question.quizId, seed: question.seed, ...state });
  }
  return items.sort((a, b) => a.due - b.due || (a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0));
}

/** How many questions are due at `now`. */
export function dueCount(progress: Progress, now: number): number {
  return dueItems(progress, now).length;
}
