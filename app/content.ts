import { cache } from "react";
import { formatProblems } from "@/lib/content/content-problem.ts";
import { loadContent, type Content } from "@/lib/content/load-content.ts";

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
