import { isSlug } from "../slug.ts";
import type { LessonLink } from "./lesson-builder.ts";

const INTERNAL = /^\/(articles|lessons)\/([^/?#]*)(\/quiz)?\/?(?:[?#].*)?$/;
const EXAMPLES = "/articles/<slug>, /lessons/<slug>, /lessons/<slug>/quiz or a web address starting with https://";

/**
 * Checks a link's form as the parser meets it; whether an internal link's
 * article or lesson exists is the loader's check, once every slug is known.
 * Returns the link to record, or the message for a link that cannot work on
 * a static site read offline (relative paths, `javascript:`, `mailto:`).
 */
export function classifyLink(href: string, line: number): { link: LessonLink } | { error: string } {
  if (/^https?:\/\//i.test(href)) {
    try {
      new URL(href);
      return { link: { href, line } };
    } catch {
      return { error: `"${href}" is not a web address: check it for spaces or typos` };
    }
  }
  const internal = INTERNAL.exec(href);
  if (internal) {
    const [, section, slug, quiz] = internal;
    if (section === "articles" && quiz) return { error: `"${href}": articles have no quiz; link to /articles/${slug} or to a lesson's /quiz` };
    if (!isSlug(slug!)) return { error: `"${href}" does not name ${section === "articles" ? "an article" : "a lesson"}: write /${section}/<slug>, the slug in lowercase words joined by hyphens` };
    return { link: { href, line, target: { kind: section === "articles" ? "article" : "lesson", slug: slug! } } };
  }
  return { error: `links go to ${EXAMPLES}; got "${href}"` };
}
