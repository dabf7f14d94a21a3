import { attemptSchema, PROGRESS_VERSION, type Answer, type Attempt, type Progress } from "./progress-schema.ts";

/** What the quiz page reports when a learner finishes a quiz. */
export interface AttemptInput {
  quizId: string;
  lessonSlug: string;
  seed: number;
  answers: readonly Answer[];
  /** Epoch ms; the store's clock when absent. */
  finishedAt?: number;
}

/**
 * A unique id from a time and a random number in [0, 1): the time keeps ids
 * readable and roughly ordered, the random part keeps two tabs finishing in
 * the same millisecond apart.
 */
export function makeId(prefix: string, at: number, random: number): string {
  const part = Math.floor(random * 2 ** 32).toString(36).padStart(7, "0");
  return `${prefix}${at.toString(36)}-${part}`;
}

/**
 * The attempt for an input, scored from its answers. Validated here, so a
 * bad value fails loudly at the call instead of making the stored progress
 * unreadable on the next visit.
 */
export function buildAttempt(input: AttemptInput & { finishedAt: number }, id: string): Attempt {
  const correct = input.answers.filter((a) => a.correct).length;
  return attemptSchema.parse(
    {
      id,
      quizId: input.quizId,
      lessonSlug: input.lessonSlug,
      seed: input.seed,
      finishedAt: input.finishedAt,
      score: { correct, total: input.answers.length },
      answers: input.answers.map((a) => ({ questionId: a.questionId, response: a.response, correct: a.correct })),
    },
  );
}

/**
 * The progress one attempt adds: the attempt and one history entry per
 * question, merged into the rest with `mergeProgress`. A question listed
 * twice in one attempt counts as right only if both answers were right.
 */
export function attemptProgress(attempt: Attempt): Progress {
  const questions: Progress["questions"] = {};
  for (const answer of attempt.answers ?? []) {
    const seen = questions[answer.questionId]?.history[0]?.correct ?? true;
    questions[answer.questionId] = {
      lessonSlug: attempt.lessonSlug,
      quizId: attempt.quizId,
      seed: attempt.seed,
      history: [{ id: attempt.id, at: attempt.finishedAt, correct: seen && answer.correct }],
    };
  }
  return { version: PROGRESS_VERSION, attempts: [attempt], questions };
}

/** The progress one review answer adds to a question already known. */
export function reviewProgress(progress: Progress, questionId: string, correct: boolean, at: number, id: string): Progress | undefined {
  const question = progress.questions[questionId];
  if (!question) return undefined;
  const entry = { id, at, correct, review: true as const };
  return { version: PROGRESS_VERSION, attempts: [], questions: { [questionId]: { ...question, history: [entry] } } };
}
