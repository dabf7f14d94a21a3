/**
 * A lesson quiz's fixed question set: unless a hand-written lesson sets its
 * own, every lesson's questions are chosen by `LESSON_QUIZ_QUESTION_SEED`
 * (how many follows the articles' length), so every seed in the URL
 * (`?seed=N`, the printed worksheet's version: A = 1, B = 2) asks the same
 * questions in another order.
 *
 * Kept apart from `lesson-quiz.ts` so the browser can import the id alone
 * without the generators.
 */
export const LESSON_QUIZ_QUESTION_SEED = 1;

/** The quiz id recorded with each attempt: the lesson and the question seed. */
export function lessonQuizId(lessonSlug: string, questionSeed = LESSON_QUIZ_QUESTION_SEED): string {
  return `${lessonSlug}:${questionSeed}`;
}
