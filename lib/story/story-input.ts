import type { ArticleFacts } from "../extract/fact-schema.ts";
import { hash } from "../extract/fact-id.ts";
import { compareStrings } from "./text-fold.ts";

/** One article handed to `mergeStory`. */
export interface StoryArticleInput {
  slug: string;
  outlet?: string;
  /** YYYY-MM-DD. */
  published: string;
  title?: string;
  facts: ArticleFacts;
}

/**
 * The articles in the story's canonical order, (published, slug), with a
 * rank per slug. Every later sort goes through this rank, never through the
 * caller's order.
 */
export interface ArticleOrder {
  readonly articles: readonly StoryArticleInput[];
  rank(slug: string): number;
}

/** Sorts the articles; a slug given twice is a caller error, not something to merge. */
export function orderArticles(inputs: readonly StoryArticleInput[]): ArticleOrder {
  const articles = [...inputs].sort((a, b) => compareStrings(a.published, b.published) || compareStrings(a.slug, b.slug));
  const ranks = new Map<string, number>();
  articles.forEach((article, index) => {
    if (ranks.has(article.slug)) throw new Error(`mergeStory: article "${article.slug}" is given twice`);
    ranks.set(article.slug, index);
  });
  return { articles, rank: (slug) => ranks.get(slug) ?? Number.MAX_SAFE_INTEGER };
}

/**
 * Key of one fact within the story. Fact ids already include the slug, but
 * hand-made facts may not, so the slug is prefixed to keep keys unique.
 */
export function memberKey(slug: string, factId: string): string {
  return `${slug}\u0000${factId}`;
}

/** Stable id of a merged group: prefix plus a hash of its kind and sorted member keys. */
export function groupId(prefix: string, kind: string, members: readonly string[]): string {
  return `${prefix}-${hash(`${kind}\u0000${[...members].sort().join("\u0001")}`)}`;
}

/** Label an outlet is counted under: its name, or the slug when the article names none. */
export function outletLabel(article: { slug: string; outlet?: string }): string {
  return article.outlet ?? article.slug;
}

/** The value most items have; ties go to the first by `tieBreak`. */
export function mostCommon<T>(values: readonly T[], tieBreak: (a: T, b: T) => number): T {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || tieBreak(a[0], b[0]))[0]![0];
}

/** Drops `undefined` so optional keys are absent rather than present-and-undefined. */
export function withOutlet<T extends object>(ref: T, outlet: string | undefined): T & { outlet?: string } {
  return outlet === undefined ? ref : { ...ref, outlet };
}
