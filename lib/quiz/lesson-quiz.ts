import { findInBody, sentenceAround } from "../corrections/body-search.ts";
import type { LessonQuizSettings, TeacherQuestion } from "../content/lesson/lesson-document.ts";
import { generateQuiz, type QuizInput } from "./generate-quiz.ts";
import type { Evidence, Question } from "./question-schema.ts";

import { LESSON_QUIZ_COUNT, LESSON_QUIZ_QUESTION_SEED } from "./lesson-quiz-id.ts";

/**
 * The settings of an automatic lesson's quiz. Worksheets and the quiz page
 * both build their questions with `lessonQuestions`, so paper and screen
 * always ask the same thing.
 */
export const AUTO_LESSON_QUIZ: LessonQuizSettings = { count: LESSON_QUIZ_COUNT, kinds: [], seed: LESSON_QUIZ_QUESTION_SEED };

/**
 * A question of a lesson's quiz: generated from the facts, or written by the
 * teacher. A teacher's question has evidence only when its `source` words were
 * found in an article; generated ones always have it.
 */
export type LessonQuestion = Omit<Question, "evidence" | "factIds" | "difficulty"> & {
  evidence?: Evidence;
  factIds?: string[];
  difficulty?: Question["difficulty"];
  author: "generated" | "teacher";
};

/**
 * Every question of a lesson's quiz, sorted by id (a version's seed orders
 * them; see `shuffleQuestions`): the generated ones the settings choose, then
 * every hand-written one. `input` is undefined when the lesson's articles have
 * no facts yet.
 */
export function lessonQuestions(
  input: QuizInput | undefined,
  settings: LessonQuizSettings = AUTO_LESSON_QUIZ,
  teacher: readonly TeacherQuestion[] = [],
): LessonQuestion[] {
  const generated: LessonQuestion[] = input
    ? generateQuiz(input, { seed: settings.seed, questionSeed: settings.seed, count: settings.count, kinds: settings.kinds }).questions.map(
        (q) => ({ ...q, author: "generated" as const }),
      )
    : [];
  const written = teacher.map((q) => teacherQuestion(q, input));
  return [...generated, ...written].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function teacherQuestion(q: TeacherQuestion, input: QuizInput | undefined): LessonQuestion {
  const evidence = q.source && input ? sourceEvidence(q.source, input) : undefined;
  return {
    id: q.id,
    kind: q.kind,
    prompt: q.prompt,
    ...(q.choices ? { choices: q.choices } : {}),
    answer: q.answer,
    ...(q.accepted ? { accepted: q.accepted, answerType: "term" as const } : {}),
    explanation: q.explanation ?? (Array.isArray(q.answer) ? `The answers are: ${q.answer.join("; ")}.` : `The answer is: ${q.answer}.`),
    ...(evidence ? { evidence } : {}),
    author: "teacher",
  };
}

/** The sentence holding a teacher's `source` words, in the first article that has them. */
export function sourceEvidence(words: string, input: QuizInput): Evidence | undefined {
  for (const article of input.articles) {
    const span = findInBody(article.body, words);
    if (!span) continue;
    const sentence = sentenceAround(article.body, span);
    return { article: article.slug, ...(article.outlet ? { outlet: article.outlet } : {}), start: sentence.start, end: sentence.end, text: sentence.text };
  }
  return undefined;
}
