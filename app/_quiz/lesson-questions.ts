import { cache } from "react";
import { paragraphIndexAt } from "../../lib/content/body-paragraphs.ts";
import { sourceName } from "../../lib/lesson/sources.ts";
import type { LessonQuestion } from "../../lib/quiz/lesson-quiz.ts";
import { lessonQuizzes } from "../../lib/site/lesson-quizzes.ts";
import type { ListedLesson } from "../../lib/site/lesson-list.ts";
import type { QuizArticle } from "../../lib/quiz/generate-quiz.ts";
import type { Evidence } from "../../lib/quiz/question-schema.ts";
import type { LessonQuizSettings } from "../../lib/content/lesson/lesson-document.ts";
import { getLesson, getLessonFacts, getLessons } from "../content.ts";
import type { LessonQuestions, PlayerQuestion, SourceLink } from "./quiz-types.ts";

/** A lesson's whole question set, as the quiz page and the worksheets both use it. */
export interface LessonQuestionSet {
  lessonSlug: string;
  title: string;
  settings: LessonQuizSettings;
  /** The lesson's articles with their facts, for evidence links and source lists. */
  articles: QuizArticle[];
  /** Sorted by id; a version's seed orders them (`shuffleQuestions`). */
  questions: LessonQuestion[];
}

/**
 * Every lesson's quiz, computed once per build: lessons on one story share
 * out the generated questions (`lessonQuizzes`), so each needs the others.
 */
const getLessonQuizzes = cache(() => {
  const lessons = getLessons().filter((lesson) => lesson.kind !== "broken");
  return lessonQuizzes(lessons as ListedLesson[], (lesson) => getLessonFacts(lesson.slug));
});

/**
 * A lesson's quiz questions, generated at build time with the lesson's
 * question seed, plus the teacher's own. Undefined for an unknown lesson; an
 * empty list when the facts support no question.
 */
export const getLessonQuestionSet = cache((slug: string): LessonQuestionSet | undefined => {
  const entry = getLesson(slug);
  if (!entry || entry.kind === "broken") return undefined;
  const quiz = getLessonQuizzes().get(slug);
  if (!quiz) return undefined;
  return { lessonSlug: slug, title: entry.title, settings: quiz.settings, articles: [...(quiz.input?.articles ?? [])], questions: quiz.questions };
});

/** A lesson's questions as the browser's player gets them: evidence turned into links to the reader. */
export const getLessonQuestions = cache((slug: string): LessonQuestions | undefined => {
  const set = getLessonQuestionSet(slug);
  if (!set) return undefined;
  const bodies = new Map(set.articles.map((a) => [a.slug, a]));
  const link = (evidence: Evidence): SourceLink => {
    const article = bodies.get(evidence.article);
    const paragraph = article ? paragraphIndexAt(article.body, evidence.start) : 0;
    return {
      href: `/articles/${evidence.article}#p-${paragraph}`,
      label: article ? sourceName(article) : (evidence.outlet ?? evidence.article),
      text: evidence.text,
    };
  };
  const questions: PlayerQuestion[] = set.questions.map(({ factIds: _f, difficulty: _d, author: _a, sources, evidence, ...question }) => {
    const seen = new Set<string>();
    const links = [...(evidence ? [evidence] : []), ...(sources ?? [])].map(link).filter((l) => !seen.has(l.href + l.text) && seen.add(l.href + l.text));
    return { ...question, links };
  });
  return { lessonSlug: slug, title: set.title, questionSeed: set.settings.seed, order: set.settings.order ?? "shuffle", questions };
});
