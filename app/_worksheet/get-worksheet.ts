import { cache } from "react";
import { buildWorksheet } from "../../lib/worksheet/build-worksheet.ts";
import type { Worksheet } from "../../lib/worksheet/worksheet-schema.ts";
import type { WorksheetVariant } from "../../lib/worksheet/worksheet-paths.ts";
import { parseVersion } from "../../lib/worksheet/version.ts";
import { getLessonQuestionSet } from "../_quiz/lesson-questions.ts";
import { getLesson } from "../content.ts";
import { siteUrl } from "./worksheet-config.ts";

/**
 * One version of a lesson's worksheet from the same question set as the
 * online quiz, so paper and screen ask the same thing. Undefined for an
 * unknown lesson or a version that is not a letter.
 */
export const getWorksheet = cache((slug: string, rawVersion: string, variant: WorksheetVariant): Worksheet | undefined => {
  const set = getLessonQuestionSet(slug);
  const entry = getLesson(slug);
  const version = parseVersion(rawVersion);
  // Only the canonical capital letter is a page: "/worksheet/a" must not be a second copy of A.
  if (!set || !entry || version !== rawVersion) return undefined;
  const articles = entry.articles.map(({ slug: articleSlug, body, frontmatter }) => ({
    slug: articleSlug,
    body,
    title: frontmatter.title,
    published: frontmatter.published,
    ...(frontmatter.outlet ? { outlet: frontmatter.outlet } : {}),
    ...(frontmatter.url ? { url: frontmatter.url } : {}),
  }));
  return buildWorksheet(
    { lessonSlug: set.lessonSlug, title: set.title, questions: set.questions, order: set.settings.order ?? "shuffle", articles },
    { version, key: variant === "key", large: variant === "large", siteUrl: siteUrl() },
  );
});
