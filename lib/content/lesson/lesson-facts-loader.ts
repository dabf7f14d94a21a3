import type { QuizInput } from "../../quiz/quiz-context.ts";
import type { ContentProblem } from "../content-problem.ts";
import { loadArticleFacts, loadStoryFacts, mergeArticleFacts, type StoryWithFacts } from "../facts-loader.ts";
import type { Content } from "../load-content.ts";
import { checkLessonFacts } from "./lesson-facts.ts";
import type { LessonDocument } from "./lesson-document.ts";
import type { LessonFrontmatter } from "./lesson-frontmatter-schema.ts";

/**
 * The facts a hand-written lesson works from: its story's merged facts, or
 * its listed articles merged like a story (named by the lesson's slug).
 * Teacher sidecars are applied to each article either way. Undefined when
 * none of its articles is loaded.
 */
export function loadLessonFacts(
  root: string,
  content: Content,
  lesson: { slug: string; frontmatter: Pick<LessonFrontmatter, "story" | "articles"> },
): StoryWithFacts | undefined {
  const { story, articles } = lesson.frontmatter;
  if (story) return loadStoryFacts(root, content, story);
  const listed = (articles ?? []).flatMap((slug) => content.articles.filter((a) => a.slug === slug));
  if (!listed.length) return undefined;
  return mergeArticleFacts(lesson.slug, listed.map((a) => loadArticleFacts(root, a)));
}

/** The quiz generator's input from loaded facts: each article's body is needed to quote evidence. */
export function quizInputOf(loaded: StoryWithFacts): QuizInput {
  return {
    story: loaded.story,
    articles: loaded.articles.map(({ article, facts }) => ({
      slug: article.slug,
      body: article.body,
      facts,
      title: article.frontmatter.title,
      ...(article.frontmatter.outlet ? { outlet: article.frontmatter.outlet } : {}),
    })),
  };
}

/** A lesson checked against its facts, with its quotes resolved, as the app renders it. */
export interface CheckedLesson {
  lesson: LessonDocument;
  facts?: StoryWithFacts;
  /** Quote and source problems only; the facts' own (sidecar) problems are in `facts.problems`. */
  problems: ContentProblem[];
}

/** Loads a lesson's facts and runs `checkLessonFacts` on it. */
export function loadCheckedLesson(root: string, content: Content, lesson: LessonDocument): CheckedLesson {
  const facts = loadLessonFacts(root, content, lesson);
  if (!facts) return { lesson, problems: [] };
  const checked = checkLessonFacts(lesson, quizInputOf(facts), facts.story);
  return { lesson: checked.lesson, facts, problems: checked.problems };
}

/**
 * The quote and source problems of every lesson (those that loaded and the
 * drafts with problems elsewhere, so `quizwire check` reports everything at
 * once). Facts are extracted once per story or article list.
 */
export function lessonFactProblems(root: string, content: Content, lessons: readonly LessonDocument[] = [...content.lessons, ...content.lessonDrafts]): ContentProblem[] {
  const cache = new Map<string, StoryWithFacts | undefined>();
  return lessons.flatMap((lesson) => {
    const key = lesson.frontmatter.story ? `story:${lesson.frontmatter.story}` : `articles:${(lesson.frontmatter.articles ?? []).join(",")}`;
    if (!cache.has(key)) cache.set(key, loadLessonFacts(root, content, lesson));
    const facts = cache.get(key);
    return facts ? checkLessonFacts(lesson, quizInputOf(facts), facts.story).problems : [];
  });
}
