import * as g from "./guard.ts";

/**
 * The learner's progress as stored (schema version 2) and exported. The
 * schemas use the small validator in `guard.ts` rather than zod: the store
 * runs in the browser on every quiz page. Times
 * are epoch milliseconds: compact, and free of time-zone questions until the
 * stats turn them into local days.
 */

/** The version `progressSchema` describes; older stored values are migrated up to it. */
export const PROGRESS_VERSION = 2;

/** Answers kept per question; older ones are dropped so normal use never fills storage. */
export const HISTORY_CAP = 20;

/**
 * Attempts that keep their full answers; older attempts keep only their score.
 * An attempt with answers is about 1 kB, a compacted one about 150 bytes, so
 * years of daily quizzes stay well under the usual 5 MB storage quota.
 */
export const ANSWERS_KEPT = 100;

/**
 * Opaque ids from other modules (question ids, lesson slugs, quiz ids).
 * Question ids are object keys, so `__proto__` is refused rather than let it
 * replace a prototype.
 */
const idSchema = g.string({ min: 1, max: 200 }).refine((id) => id !== "__proto__", "__proto__ is not allowed as an id");

/** What the learner chose or typed; opaque here, bounded so an import cannot bloat storage. */
export const responseSchema = g.union(
  [g.string({ max: 1000 }), g.number(), g.boolean(), g.literal(null), g.array(g.string({ max: 1000 }), { max: 50 })],
  "a string of at most 1000 characters, a number, a boolean, null or a list of at most 50 strings",
);
export type Response = g.Infer<typeof responseSchema>;

export const answerSchema = g.object({
  questionId: idSchema,
  response: responseSchema,
  correct: g.boolean(),
});
export type Answer = g.Infer<typeof answerSchema>;

export const scoreSchema = g
  .object({ correct: g.number({ int: true, min: 0 }), total: g.number({ int: true, positive: true }) })
  .refine((s) => s.correct <= s.total, "correct must not exceed total");
export type Score = g.Infer<typeof scoreSchema>;

const timeSchema = g.number({ int: true, min: 0 });

export const attemptSchema = g.object({
  /** Unique: the finish time and a random part (see `attemptId`), so two tabs never clash. */
  id: idSchema,
  quizId: idSchema,
  lessonSlug: idSchema,
  seed: g.number({ int: true }),
  finishedAt: timeSchema,
  score: scoreSchema,
  /** Absent once the attempt is older than the `ANSWERS_KEPT` most recent ones. */
  answers: g.optional(g.array(answerSchema, { max: 500 })),
});
export type Attempt = g.Infer<typeof attemptSchema>;

/** One answer to a question, from a quiz attempt (id = the attempt's id) or a review (`review: true`). */
export const historyEntrySchema = g.object({
  id: idSchema,
  at: timeSchema,
  correct: g.boolean(),
  review: g.optional(g.literal(true)),
});
export type HistoryEntry = g.Infer<typeof historyEntrySchema>;

/**
 * Everything known about one question. The Leitner box and due time are not
 * stored: they are replayed from `history` (see `reviewState`), so merging two
 * copies is a plain union of answers and can never disagree about the box.
 */
export const questionStateSchema = g.object({
  /** Where the question lives, so `/review` can rebuild it: the quiz of its latest answer. */
  lessonSlug: idSchema,
  quizId: idSchema,
  seed: g.number({ int: true }),
  /** Oldest first; merging keeps the latest `HISTORY_CAP`. */
  history: g.array(historyEntrySchema),
});
export type QuestionState = g.Infer<typeof questionStateSchema>;

export const progressSchema = g.object({
  version: g.literal(PROGRESS_VERSION),
  /** Oldest first. */
  attempts: g.array(attemptSchema),
  questions: g.record(idSchema, questionStateSchema),
});
export type Progress = g.Infer<typeof progressSchema>;

/** A fresh start. */
export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, attempts: [], questions: {} };
}
