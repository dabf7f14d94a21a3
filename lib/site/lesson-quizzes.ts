import { loadStoryFacts, type StoryWithFacts } from "../content/facts-loader.ts";
import type { LessonDocument, LessonQuizSettings } from "../content/lesson/lesson-document.ts";
import { loadCheckedLesson, quizInputOf } from "../content/lesson/lesson-facts-loader.ts";
import type { Content } from "../content/load-content.ts";
import { AUTO_LESSON_QUIZ, lessonQuestionSets, type LessonQuestion } from "../quiz/lesson-quiz.ts";
import type { QuizInput } from "../quiz/quiz-context.ts";
import { lessonList, type ListedLesson } from "./lesson-list.ts";

/** One lesson's quiz: its settings, the input it was generated from, and its questions. */
export interface LessonQuiz {
  settings: LessonQuizSettings;
  input: QuizInput | undefined;
  questions: LessonQuestion[];
}

/**
 * The quiz of every lesson at once, so that lessons on one story share out
 * the generated questions instead of serving the same ones (see
 * `lessonQuestionSets`). `factsOf` gives a lesson's facts (the app passes
 * its per-build cache); `documentOf` a teacher's lesson with its quotes
 * resolved, when the caller has checked it.
 */
export function lessonQuizzes(
  lessons: readonly ListedLesson[],
  factsOf: (lesson: ListedLesson) => StoryWithFacts | undefined,
  documentOf: (lesson: ListedLesson) => LessonDocument | undefined = (lesson) => lesson.document,
): Map<string, LessonQuiz> {
  const prepared = lessons.map((lesson) => {
    const facts = factsOf(lesson);
    const document = documentOf(lesson);
    return { lesson, input: facts ? quizInputOf(facts) : undefined, settings: document?.quiz ?? AUTO_LESSON_QUIZ, teacher: document?.questions ?? [] };
  });
  const sets = lessonQuestionSets(
    prepared.map(({ lesson, input, settings, teacher }) => ({ slug: lesson.slug, group: lesson.group, automatic: lesson.kind !== "authored", input, settings, teacher })),
  );
  return new Map(prepared.map(({ lesson, input, settings }) => [lesson.slug, { settings, input, questions: sets.get(lesson.slug) ?? [] }]));
}

/**
 * Every lesson of `content/` under `root` with its quiz, facts loaded from
 * the files (a teacher's lesson checked against them first). What the build
 * computes, for callers without the app's per-build caches: the CLI and the
 * browser tests.
 */
export function loadLessonQuizzes(root: string, content: Content): { lessons: ListedLesson[]; quizzes: Map<string, LessonQuiz> } {
  const lessons = lessonList(content);
  const checked = new Map(lessons.flatMap((l) => (l.document ? [[l.slug, loadCheckedLesson(root, content, l.document)] as const] : [])));
  const quizzes = lessonQuizzes(
    lessons,
    (l) => (l.document ? checked.get(l.slug)?.facts : loadStoryFacts(root, content, l.slug)),
    (l) => checked.get(l.slug)?.lesson,
  );
  return { lessons, quizzes };
}
