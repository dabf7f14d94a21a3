import { cache } from "react";
import { paragraphIndexAt } from "../../lib/content/body-paragraphs.ts";
import { sourceName } from "../../lib/lesson/sources.ts";
import { generateQuiz } from "../../lib/quiz/generate-quiz.ts";
import { LESSON_QUIZ_COUNT, LESSON_QUIZ_QUESTION_SEED } from "../../lib/quiz/lesson-quiz.ts";
import type { Evidence } from "../../lib/quiz/question-schema.ts";
import { getLesson, getLessonFacts } from "../content.ts";
import type { LessonQuestions, PlayerQuestion, SourceLink } from "./quiz-types.ts";

/**
 * A lesson's quiz questions, generated at build time with the fixed question
 * seed, sorted by id (the browser orders them by the URL's seed). Undefined
 * for an unknown lesson; an empty list when the facts support no question.
 */
export const getLessonQuestions = cache((slug: string): LessonQuestions | undefined => {
  const entry = getLesson(slug);
  const facts = getLessonFacts(slug);
  if (!entry) return undefined;
  const base = { lessonSlug: slug, title: entry.title, questionSeed: LESSON_QUIZ_QUESTION_SEED };
  if (!facts) return { ...base, questions: [] };
  const articles = facts.articles.map(({ article, facts: articleFacts }) => ({
    slug: article.slug,
    outlet: article.frontmatter.outlet,
    title: article.frontmatter.title,
    body: article.body,
    facts: articleFacts,
  }));
  const bodies = new Map(articles.map((a) => [a.slug, a]));
  const link = (evidence: Evidence): SourceLink => {
    const article = bodies.get(evidence.article);
    const paragraph = article ? paragraphIndexAt(article.body, evidence.start) : 0;
    return {
      href: `/articles/${evidence.article}#p-${paragraph}`,
      label: article ? sourceName(article) : (evidence.outlet ?? evidence.article),
      text: evidence.text,
    };
  };
  const quiz = generateQuiz({ story: facts.story, articles }, { seed: LESSON_QUIZ_QUESTION_SEED, questionSeed: LESSON_QUIZ_QUESTION_SEED, count: LESSON_QUIZ_COUNT });
  const questions: PlayerQuestion[] = quiz.questions
    .map(({ factIds: _f, difficulty: _d, sources, evidence, ...question }) => {
      const seen = new Set<string>();
      const links = [evidence, ...(sources ?? [])].map(link).filter((l) => !seen.has(l.href + l.text) && seen.add(l.href + l.text));
      return { ...question, links };
    })
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  return { ...base, questions };
});
