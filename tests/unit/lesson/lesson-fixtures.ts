import type { Article } from "../../../lib/content/article-parser.ts";
import type { LessonInput } from "../../../lib/lesson/sources.ts";
import { mergeStory } from "../../../lib/story/merge-story.ts";
import { article, type ArticleSpec } from "../story/story-fixtures.ts";

/** A hand-made lesson input: each spec becomes an article with real offsets, merged as a story. */
export function lessonInput(story: string, specs: (ArticleSpec & { title?: string })[]): LessonInput {
  const inputs = specs.map((spec) => ({ ...article(spec), title: spec.title ?? `Title of ${spec.slug}` }));
  const merged = mergeStory(story, inputs);
  return {
    story: merged,
    articles: specs.map((spec, i) => {
      const input = inputs[i]!;
      const a: Article = {
        slug: spec.slug,
        file: `content/articles/${spec.slug}.md`,
        frontmatter: { title: input.title, published: input.published, language: "en", ...(spec.outlet ? { outlet: spec.outlet } : {}), story },
        body: spec.body,
      };
      return { article: a, facts: input.facts };
    }),
  };
}

/** Sets every fact's confidence in one article (the fixtures default to confident values). */
export function withConfidence(input: LessonInput, slug: string, confidence: number): LessonInput {
  const articles = input.articles.map((a) => {
    if (a.article.slug !== slug) return a;
    const f = a.facts;
    const set = <T extends { confidence: number }>(xs: T[]) => xs.map((x) => ({ ...x, confidence }));
    return { ...a, facts: { ...f, quotes: set(f.quotes), places: set(f.places), dates: set(f.dates), numbers: set(f.numbers) } };
  });
  const story = {
    ...input.story,
    quotes: input.story.quotes.map((g) => ({ ...g, reports: g.reports.map((r) => (r.slug === slug ? { ...r, confidence } : r)) })),
  };
  return { story, articles };
}
