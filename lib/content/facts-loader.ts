import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { applyCorrections } from "../corrections/apply-corrections.ts";
import { parseCorrections } from "../corrections/parse-corrections.ts";
import type { ArticleFacts } from "../extract/fact-schema.ts";
import { extractFacts } from "../extract/pipeline.ts";
import { mergeStory } from "../story/merge-story.ts";
import type { StoryFacts } from "../story/story-schema.ts";
import type { Article } from "./article-parser.ts";
import { isReadable } from "./article-language.ts";
import type { ContentProblem } from "./content-problem.ts";
import type { Content } from "./load-content.ts";
import { decodeText } from "./text-decoder.ts";

/** An article with its facts: extracted, then corrected by the teacher's sidecar if there is one. */
export interface ArticleWithFacts {
  article: Article;
  facts: ArticleFacts;
  problems: ContentProblem[];
}

/** `content/articles/<slug>.facts.yaml`, relative to the project root. */
export function sidecarPath(slug: string): string {
  return `content/articles/${slug}.facts.yaml`;
}

/**
 * Extracts an article's facts and applies its teacher sidecar. A sidecar with
 * problems still applies its good entries; the problems are returned for
 * `quizwire check` and the dev banner.
 */
export function loadArticleFacts(root: string, article: Article): ArticleWithFacts {
  // Text in another language gives no facts: English rules would read wrong quotes and dates out of it.
  const extracted = extractFacts(isReadable(article) ? article.body : "", { article: article.slug, published: article.frontmatter.published });
  const file = sidecarPath(article.slug);
  const path = join(root, file);
  if (!existsSync(path)) return { article, facts: extracted, problems: [] };
  const decoded = decodeText(readFileSync(path));
  if (!decoded.ok) return { article, facts: extracted, problems: [{ file, line: decoded.line, field: "", message: decoded.message }] };
  const parsed = parseCorrections(file, decoded.text);
  if (!parsed.corrections) return { article, facts: extracted, problems: parsed.problems };
  const applied = applyCorrections(file, decoded.text, article.body, extracted, parsed.corrections);
  return { article, facts: applied.facts, problems: [...parsed.problems, ...applied.problems] };
}

/** A story's merged facts with the articles they came from. */
export interface StoryWithFacts {
  story: StoryFacts;
  articles: ArticleWithFacts[];
  problems: ContentProblem[];
}

/** Loads and merges the facts of every article of a story (or of one article standing alone). */
export function loadStoryFacts(root: string, content: Content, slug: string): StoryWithFacts | undefined {
  const members = content.articles.filter((a) => a.frontmatter.story === slug);
  const articles = (members.length ? members : content.articles.filter((a) => a.slug === slug)).map((a) => loadArticleFacts(root, a));
  if (!articles.length) return undefined;
  return mergeArticleFacts(slug, articles);
}

/** Merges articles already loaded with their (corrected) facts as one story named `slug`. */
export function mergeArticleFacts(slug: string, articles: ArticleWithFacts[]): StoryWithFacts {
  const story = mergeStory(
    slug,
    articles.map(({ article, facts }) => ({
      slug: article.slug,
      outlet: article.frontmatter.outlet,
      published: article.frontmatter.published,
      title: article.frontmatter.title,
      facts,
    })),
  );
  return { story, articles, problems: articles.flatMap((a) => a.problems) };
}
