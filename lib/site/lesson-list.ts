import type { Article } from "../content/article-parser.ts";
import { isReadable } from "../content/article-language.ts";
import type { LessonDocument } from "../content/lesson/lesson-document.ts";
import type { Content } from "../content/load-content.ts";

/** A lesson page of the site, before its facts are loaded. */
export interface ListedLesson {
  slug: string;
  title: string;
  summary?: string;
  /** A teacher's lesson, or the automatic one of a story or of an article in no story. */
  kind: "authored" | "story" | "article";
  articles: Article[];
  /** A teacher's lesson as parsed (quotes not yet resolved against the facts). */
  document?: LessonDocument;
  /**
   * Lessons of one group (a story, or one list of articles) share a pool of
   * generated questions and never serve the same one twice.
   */
  group: string;
  /**
   * False for an automatic lesson that teachers' lessons replace: its page
   * stays, so links and stored progress keep working, but lists point to the
   * teachers' lessons instead.
   */
  listed: boolean;
}

/**
 * Every lesson page, in the order the site lists them: teachers' lessons,
 * then each story with articles, then each article in no story. The one
 * list the app, the CLI and the tests read, so they agree on which lessons
 * exist and which replace which.
 */
export function lessonList(content: Content): ListedLesson[] {
  const { articles, stories } = content;
  const authored = content.lessons.map((document): ListedLesson => {
    const { story, articles: named } = document.frontmatter;
    return {
      slug: document.slug,
      title: document.frontmatter.title,
      summary: document.frontmatter.summary,
      kind: "authored",
      articles: story ? articles.filter((a) => a.frontmatter.story === story) : articles.filter((a) => named?.includes(a.slug)),
      document,
      group: story ? `story:${story}` : `articles:${[...(named ?? [])].sort().join(",")}`,
      listed: true,
    };
  });
  const covered = new Set(authored.flatMap((lesson) => [lesson.document!.frontmatter.story ?? "", ...lesson.articles.map((a) => a.slug)]));
  const storyLessons = stories
    .map((story): ListedLesson => ({
      slug: story.slug,
      title: story.title,
      summary: story.summary,
      kind: "story",
      // Automatic lessons only from articles quizwire can read: one in another language stays a reading.
      articles: articles.filter((a) => a.frontmatter.story === story.slug && isReadable(a)),
      group: `story:${story.slug}`,
      listed: !covered.has(story.slug),
    }))
    .filter((lesson) => lesson.articles.length > 0);
  const loose = articles
    .filter((a) => !a.frontmatter.story && isReadable(a))
    .map((a): ListedLesson => ({ slug: a.slug, title: a.frontmatter.title, kind: "article", articles: [a], group: `articles:${a.slug}`, listed: !covered.has(a.slug) }));
  return [...authored, ...storyLessons, ...loose];
}
