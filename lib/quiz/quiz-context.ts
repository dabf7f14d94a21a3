import type { ArticleFacts, Fact } from "../extract/fact-schema.ts";
import { tokenize } from "../story/text-fold.ts";
import type { StoryFacts } from "../story/story-schema.ts";
import { seededRandom, streamFor, type Random } from "./seeded-random.ts";

/** One article as the quiz sees it: its body is needed to quote evidence exactly. */
export interface QuizArticle {
  slug: string;
  outlet?: string;
  title?: string;
  body: string;
  facts: ArticleFacts;
}

/** What `generateQuiz` works from: a merged story and the articles behind it. */
export interface QuizInput {
  story: StoryFacts;
  articles: readonly QuizArticle[];
}

/** Lookups every generator needs, built once per quiz. */
export interface QuizContext {
  story: StoryFacts;
  article(slug: string): QuizArticle | undefined;
  /** An article fact by its slug and id. */
  fact(slug: string, id: string): Fact | undefined;
  /** How an article is named to students: its outlet, else its title, else its slug. */
  sourceLabel(slug: string): string;
  /** Every word of every body, for checking that a bundled distractor is not part of the story. */
  storyWords: ReadonlySet<string>;
  /** A random stream for one purpose, seeded by the question seed. */
  random(purpose: string): Random;
}

/** Builds the lookups; `questionSeed` drives every choice of content (distractors, question set). */
export function buildContext(input: QuizInput, questionSeed: number): QuizContext {
  const articles = new Map(input.articles.map((a) => [a.slug, a]));
  const facts = new Map<string, Fact>();
  const words = new Set<string>();
  for (const a of input.articles) {
    const { quotes, people, places, dates, numbers } = a.facts;
    for (const f of [...quotes, ...people, ...places, ...dates, ...numbers]) facts.set(`${a.slug}\u0000${f.id}`, f);
    for (const w of tokenize(a.body)) words.add(w);
  }
  const storyArticles = new Map(input.story.articles.map((a) => [a.slug, a]));
  return {
    story: input.story,
    article: (slug) => articles.get(slug),
    fact: (slug, id) => facts.get(`${slug}\u0000${id}`),
    sourceLabel(slug) {
      const a = articles.get(slug);
      const s = storyArticles.get(slug);
      const title = a?.title ?? s?.title;
      return a?.outlet ?? s?.outlet ?? (title ? `“${title}”` : slug);
    },
    storyWords: words,
    random: (purpose) => (Number.isFinite(questionSeed) ? streamFor(questionSeed, purpose) : seededRandom(0)),
  };
}
