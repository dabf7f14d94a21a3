import type { Article } from "../content/article-parser.ts";
import { CONFIDENT } from "../extract/confidence.ts";
import type { ArticleFacts, PlaceKind } from "../extract/fact-schema.ts";
import type { StoryFacts } from "../story/story-schema.ts";

/**
 * What a lesson is built from: a story's merged facts plus each article with
 * its own facts. `StoryWithFacts` (lib/content/facts-loader.ts) fits as is.
 */
export interface LessonInput {
  story: StoryFacts;
  articles: readonly { article: Article; facts: ArticleFacts }[];
}

/** Facts below this confidence are left out of lessons and highlights (the quiz uses the same bar). */
export const MIN_LESSON_CONFIDENCE = CONFIDENT;

/** How a student recognises an article: its outlet, or its title when it names none. */
export function sourceName(article: { slug: string; outlet?: string; title?: string }): string {
  return article.outlet ?? article.title ?? article.slug;
}

/** Source names by slug, for every article of the story. */
export function sourceNames(input: LessonInput): Map<string, string> {
  const names = new Map<string, string>();
  for (const a of input.story.articles) names.set(a.slug, sourceName(a));
  for (const { article } of input.articles) {
    if (!names.has(article.slug)) names.set(article.slug, sourceName({ slug: article.slug, outlet: article.frontmatter.outlet, title: article.frontmatter.title }));
  }
  return names;
}

/** The distinct source keys of some reports: outlet, or the slug for an article without one (as the story merge counts them). */
export function distinctSources<T extends { slug: string; outlet?: string }>(reports: readonly T[]): T[] {
  const seen = new Set<string>();
  return reports.filter((r) => {
    const key = r.outlet ?? r.slug;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A place kind as a reader says it. */
export const PLACE_KIND_LABELS: Record<PlaceKind, string> = {
  country: "country",
  city: "city",
  region: "region",
  site: "site",
  water: "body of water",
  continent: "continent",
  other: "place",
};
