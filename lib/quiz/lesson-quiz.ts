/**
 * The quiz a lesson page offers. Its question set is fixed by
 * `LESSON_QUIZ_QUESTION_SEED` and `LESSON_QUIZ_COUNT`, so every seed in the
 * URL (`?seed=N`, the printed worksheet's version: A = 1, B = 2) asks the same
 * questions in another order. Worksheets should use the same two values.
 */
export const LESSON_QUIZ_QUESTION_SEED = 1;
export const LESSON_QUIZ_COUNT = 20;

/** The quiz id recorded with each attempt: the lesson and the question seed. */
export function lessonQuizId(lessonSlug: string, questionSeed = LESSON_QUIZ_QUESTION_SEED): string {
  return `${lessonSlug}:${questionSeed}`;
}
