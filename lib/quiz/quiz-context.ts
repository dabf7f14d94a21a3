import type { ArticleFacts, Fact } from "../extract/fact-schema.ts";
import { findQuotedSpans } from "../extract/speech-span-finder.ts";
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
  /** How an article is named to students: its outlet, else its title, else "the article" (or "report N" in a story). */
  sourceLabel(slug: string): string;
  /** Every word of every body, for checking that a bundled distractor is not part of the story. */
  storyWords: ReadonlySet<string>;
  /** An article body's tokens (`tokenize`), computed once per quiz. */
  bodyTokens(slug: string): readonly string[];
  /** A random stream for one purpose, seeded by the question seed. */
  random(purpose: string): Random;
  /**
   * Whether `[start, end)` lies inside someone's quoted words, including a
   * quotation that runs on over paragraphs: a figure there is a speaker's
   * claim, and a passage without the opening mark would read as narration.
   */
  quoted(slug: string, start: number, end: number): boolean;
  /** The offset of the opening mark of the quotation around `[start, end)`, or -1. */
  quoteOpening(slug: string, start: number, end: number): number;
}

/** Builds the lookups; `questionSeed` drives every choice of content (distractors, question set). */
export function buildContext(input: QuizInput, questionSeed: number): QuizContext {
  const articles = new Map(input.articles.map((a) => [a.slug, a]));
  const facts = new Map<string, Fact>();
  const words = new Set<string>();
  const tokens = new Map<string, string[]>();
  for (const a of input.articles) {
    const { quotes, people, places, dates, numbers } = a.facts;
    for (const f of [...quotes, ...people, ...places, ...dates, ...numbers]) facts.set(`${a.slug}\u0000${f.id}`, f);
    const bodyTokens = tokenize(a.body);
    tokens.set(a.slug, bodyTokens);
    for (const w of bodyTokens) words.add(w);
  }
  const storyArticles = new Map(input.story.articles.map((a) => [a.slug, a]));
  const quotations = new Map<string, { start: number; end: number }[]>();
  const quotationsOf = (slug: string) => {
    let spans = quotations.get(slug);
    if (!spans) {
      const article = articles.get(slug);
      const marked = findQuotedSpans(article?.body ?? "").filter((q) => !/\n\s*\n/.test(q.text));
      spans = [...(article?.facts.quotes ?? []), ...marked].map((q) => ({ start: q.start, end: q.end }));
      quotations.set(slug, spans);
    }
    return spans;
  };
  const around = (slug: string, start: number, end: number) => quotationsOf(slug).find((q) => q.start <= start && q.end >= end);
  return {
    story: input.story,
    article: (slug) => articles.get(slug),
    fact: (slug, id) => facts.get(`${slug}\u0000${id}`),
    sourceLabel(slug) {
      const a = articles.get(slug);
      const s = storyArticles.get(slug);
      const title = a?.title ?? s?.title;
      if (a?.outlet ?? s?.outlet) return (a?.outlet ?? s?.outlet)!;
      if (title) return `“${title}”`;
      // A file name means nothing to a student: name the article by its place in the story.
      if (input.story.articles.length <= 1) return "the article";
      return `report ${input.story.articles.findIndex((x) => x.slug === slug) + 1}`;
    },
    storyWords: words,
    bodyTokens: (slug) => tokens.get(slug) ?? [],
    quoted: (slug, start, end) => around(slug, start, end) !== undefined,
    quoteOpening: (slug, start, end) => {
      const q = around(slug, start, end);
      return q ? q.start - 1 : -1;
    },
    random: (purpose) => (Number.isFinite(questionSeed) ? streamFor(questionSeed, purpose) : seededRandom(0)),
  };
}
