import { cache } from "react";
import type { Article } from "@/lib/content/article-parser.ts";
import { formatProblems, type ContentProblem } from "@/lib/content/content-problem.ts";
import { loadStoryFacts, type StoryWithFacts } from "@/lib/content/facts-loader.ts";
import type { LessonDocument } from "@/lib/content/lesson/lesson-document.ts";
import { lessonFactProblems, loadCheckedLesson } from "@/lib/content/lesson/lesson-facts-loader.ts";
import { loadContent, type Content } from "@/lib/content/load-content.ts";
import { lessonList } from "@/lib/site/lesson-list.ts";

const production = process.env.NODE_ENV === "production";

/**
 * The site's content, read once per build (or per request in dev, so an
 * edited lesson shows on reload). A production build stops on any problem so
 * broken content never ships; under `next dev` the problems are shown on the
 * page and the good files still work. Lesson quotes and sources are checked
 * against the facts here too, so the dev banner shows those mistakes as well.
 */
export const getContent = cache((): Content => {
  const content = loadContent();
  const problems = [...content.problems, ...lessonFactProblems(process.cwd(), content)];
  if (problems.length && production) {
    throw new Error(`Content has problems; fix them and build again:\n\n${formatProblems(problems)}`);
  }
  return { ...content, problems };
});

/** The article with this slug, if any. */
export function getArticle(slug: string) {
  return getContent().articles.find((article) => article.slug === slug);
}

/**
 * A lesson page: a teacher's (`authored`), or an automatic one per story and
 * per article that belongs to no story. Under `next dev` a lesson file with
 * mistakes is a `broken` entry whose page lists them instead of crashing.
 */
export interface LessonEntry {
  slug: string;
  title: string;
  summary?: string;
  kind: "story" | "article" | "authored" | "broken";
  articles: Article[];
  /** Lessons of one group share out the generated questions (`ListedLesson.group`). */
  group: string;
  /** A hand-written lesson, its quotes resolved against the facts. */
  document?: LessonDocument;
  /** A hand-written lesson's facts, as its quotes were resolved against them. */
  facts?: StoryWithFacts;
  /** What is wrong with a broken lesson file. */
  problems?: ContentProblem[];
  /**
   * False for an automatic lesson that hand-written ones replace: its page
   * stays (links and stored progress keep working) but lists point to the
   * teacher's lessons instead.
   */
  listed: boolean;
}

/** Every lesson page: teachers' lessons first, then stories, then stand-alone articles (`lessonList`). */
export const getLessons = cache((): LessonEntry[] => {
  const content = getContent();
  const listed = lessonList(content).map((lesson): LessonEntry => {
    if (!lesson.document) return lesson;
    const checked = loadCheckedLesson(process.cwd(), content, lesson.document);
    return { ...lesson, document: checked.lesson, ...(checked.facts ? { facts: checked.facts } : {}) };
  });
  const authored = listed.filter((lesson) => lesson.kind === "authored");
  return [...listed, ...(production ? [] : brokenLessons(content.problems, authored))];
});

/** Lesson files with problems, one entry each, so `next dev` shows what is wrong at the lesson's own address. */
function brokenLessons(problems: readonly ContentProblem[], loaded: readonly LessonEntry[]): LessonEntry[] {
  const byFile = new Map<string, ContentProblem[]>();
  for (const problem of problems) {
    if (!/^content\/lessons\/[^/]+\.mdx?$/.test(problem.file)) continue;
    byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  }
  return [...byFile].flatMap(([file, list]) => {
    const slug = file.replace(/^content\/lessons\//, "").replace(/\.mdx?$/, "");
    if (loaded.some((lesson) => lesson.slug === slug)) return [];
    return [{ slug, title: slug, kind: "broken" as const, articles: [], group: `broken:${slug}`, problems: list, listed: false }];
  });
}

/** The lesson with this slug, if any. */
export function getLesson(slug: string): LessonEntry | undefined {
  return getLessons().find((lesson) => lesson.slug === slug);
}

/** The lessons listed for an article: the teachers' that cover it, else its story's or its own. */
export function lessonsOfArticle(article: Article): LessonEntry[] {
  const listed = getLessons().filter((lesson) => lesson.listed && lesson.articles.some((a) => a.slug === article.slug));
  const authored = listed.filter((lesson) => lesson.kind === "authored");
  return authored.length ? authored : listed;
}

/** The lesson an article links to first. */
export function lessonOfArticle(article: Article): LessonEntry | undefined {
  return lessonsOfArticle(article)[0];
}

/**
 * Facts of a lesson's articles, merged, with each article's own facts and
 * any teacher corrections applied. Computed once per build per lesson.
 */
export const getLessonFacts = cache((slug: string): StoryWithFacts | undefined => {
  const content = getContent();
  const entry = getLesson(slug);
  const result = entry?.document ? entry.facts : loadStoryFacts(process.cwd(), content, slug);
  if (result?.problems.length && production) {
    throw new Error(`Fact corrections have problems:\n\n${formatProblems(result.problems)}`);
  }
  return result;
});
