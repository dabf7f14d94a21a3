import { z } from "zod";

/**
 * The learner's progress as stored (schema version 2) and exported. Times
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
const idSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((id) => id !== "__proto__", { message: "__proto__ is not allowed as an id" });

/** What the learner chose or typed; opaque here, bounded so an import cannot bloat storage. */
export const responseSchema = z.union([
  z.string().max(1000),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.string().max(1000)).max(50),
]);
export type Response = z.infer<typeof responseSchema>;

export const answerSchema = z.object({
  questionId: idSchema,
  response: responseSchema,
  correct: z.boolean(),
});
export type Answer = z.infer<typeof answerSchema>;

export const scoreSchema = z
  .object({ correct: z.number().int().nonnegative(), total: z.number().int().positive() })
  .refine((s) => s.correct <= s.total, { message: "correct must not exceed total" });
export type Score = z.infer<typeof scoreSchema>;

const timeSchema = z.number().int().nonnegative();

export const attemptSchema = z.object({
  /** Unique: the finish time and a random part (see `attemptId`), so two tabs never clash. */
  id: idSchema,
  quizId: idSchema,
  lessonSlug: idSchema,
  seed: z.number().int(),
  finishedAt: timeSchema,
  score: scoreSchema,
  /** Absent once the attempt is older than the `ANSWERS_KEPT` most recent ones. */
  answers: z.array(answerSchema).max(500).optional(),
});
export type Attempt = z.infer<typeof attemptSchema>;

/** One answer to a question, from a quiz attempt (id = the attempt's id) or a review (`review: true`). */
export const historyEntrySchema = z.object({
  id: idSchema,
  at: timeSchema,
  correct: z.boolean(),
  review: z.literal(true).optional(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/**
 * Everything known about one question. The Leitner box and due time are not
 * stored: they are replayed from `history` (see `reviewState`), so merging two
 * copies is a plain union of answers and can never disagree about the box.
 */
export const questionStateSchema = z.object({
  /** Where the question lives, so `/review` can rebuild it: the quiz of its latest answer. */
  lessonSlug: idSchema,
  quizId: idSchema,
  seed: z.number().int(),
  /** Oldest first; merging keeps the latest `HISTORY_CAP`. */
  history: z.array(historyEntrySchema),
});
export type QuestionState = z.infer<typeof questionStateSchema>;

export const progressSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  /** Oldest first. */
  attempts: z.array(attemptSchema),
  questions: z.record(idSchema, questionStateSchema),
});
export type Progress = z.infer<typeof progressSchema>;

/** A fresh start. */
export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, attempts: [], questions: {} };
}
