import { cache } from "react";
import { formatProblems } from "@/lib/content/content-problem.ts";
import { loadStoryFacts, type StoryWithFacts } from "@/lib/content/facts-loader.ts";
import { loadContent, type Content } from "@/lib/content/load-content.ts";
import type { Article } from "@/lib/content/article-parser.ts";

/**
 * The site's content, read once per build (or per request in dev). A
 * production build stops on any problem so broken content never ships; under
 * `next dev` the problems are shown on the page and the good files still work.
 */
export const getContent = cache((): Content => {
  const content = loadContent();
  if (content.problems.length && process.env.NODE_ENV === "production") {
    throw new Error(`Content has problems; fix them and build again:\n\n${formatProblems(content.problems)}`);
  }
  return content;
});

/** The article with this slug, if any. */
export function getArticle(slug: string) {
  return getContent().articles.find((article) => article.slug === slug);
}

/** A lesson page: one per story, and one per article that belongs to no story. */
export interface LessonEntry {
  slug: string;
  title: string;
  summary?: string;
  kind: "story" | "article";
  articles: Article[];
}

/** Every lesson, stories first (newest article first), then stand-alone articles. */
export const getLessons = cache((): LessonEntry[] => {
  const { articles, stories } = getContent();
  const storyLessons = stories
    .map((story) => ({ slug: story.slug, title: story.title, summary: story.summary, kind: "story" as const, articles: articles.filter((a) => a.frontmatter.story === story.slug) }))
    .filter((lesson) => lesson.articles.length > 0);
  const loose = articles
    .filter((a) => !a.frontmatter.story)
    .map((a) => ({ slug: a.slug, title: a.frontmatter.title, kind: "article" as const, articles: [a] }));
  return [...storyLessons, ...loose];
});

/** The lesson with this slug, if any. */
export function getLesson(slug: string): LessonEntry | undefined {
  return getLessons().find((lesson) => lesson.slug === slug);
}

/** The lesson an article belongs to: its story's, or its own. */
export function lessonOfArticle(article: Article): LessonEntry | undefined {
  return getLesson(article.frontmatter.story ?? article.slug);
}

/**
 * Facts of a lesson's articles, merged, with each article's own facts and
 * any teacher corrections applied. Computed once per build per lesson.
 */
export const getLessonFacts = cache((slug: string): StoryWithFacts | undefined => {
  const content = getContent();
  const result = loadStoryFacts(process.cwd(), content, slug);
  if (result?.problems.length && process.env.NODE_ENV === "production") {
    throw new Error(`Fact corrections have problems:\n\n${formatProblems(result.problems)}`);
  }
  return result;
});
