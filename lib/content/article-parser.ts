import { z } from "zod";
import { articleFrontmatterSchema, type ArticleFrontmatter } from "./article-frontmatter-schema.ts";
import type { ContentProblem } from "./content-problem.ts";
import { splitFrontmatter } from "./frontmatter-splitter.ts";
import { decodeText } from "./text-decoder.ts";
import { validateYaml } from "./yaml-validator.ts";

/** An article as the app uses it: validated frontmatter plus the body text. */
export const articleSchema = z.object({
  slug: z.string(),
  /** Path relative to the project root. */
  file: z.string(),
  frontmatter: articleFrontmatterSchema,
  /** The article text, LF line endings, trimmed; fact offsets index into it. */
  body: z.string(),
});
export type Article = z.infer<typeof articleSchema>;

/** Most articles are a few kB; past this the file is surely not one article. */
export const MAX_ARTICLE_BYTES = 5_000_000;

/**
 * Parses one article file: decodes it, validates the frontmatter and checks
 * the body, reporting every problem found rather than the first.
 */
export function parseArticle(file: string, slug: string, bytes: Uint8Array): { article?: Article; problems: ContentProblem[] } {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return {
      problems: [{ file, line: 1, field: "", message: `the file is ${Math.round(bytes.length / 1e6)} MB; split it, articles are at most 5 MB` }],
    };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { problems: [{ file, line: decoded.line, field: "", message: decoded.message }] };
  const { split, problems } = splitFrontmatter(file, decoded.text);
  if (!split) return { problems };

  const { data, problems: yamlProblems } = validateYaml(
    { file, source: split.yaml, lineOffset: 1, missingLine: 1 },
    articleFrontmatterSchema,
  );
  problems.push(...yamlProblems);
  const body = split.body.trim();
  if (!body) {
    problems.push({ file, line: split.bodyLine, field: "body", message: "the article has no text: paste the article below the closing ---" });
  }
  if (!data || problems.length) return { problems };
  return { article: { slug, file, frontmatter: data as ArticleFrontmatter, body }, problems };
}
