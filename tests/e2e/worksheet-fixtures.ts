import { loadContent } from "../../lib/content/load-content.ts";
import { loadLessonQuizzes } from "../../lib/site/lesson-quizzes.ts";
import { buildWorksheet } from "../../lib/worksheet/build-worksheet.ts";
import { parseSiteUrl } from "../../lib/worksheet/site-url.ts";
import type { Worksheet } from "../../lib/worksheet/worksheet-schema.ts";
import type { WorksheetVariant } from "../../lib/worksheet/worksheet-paths.ts";

/**
 * The worksheets the build should print, computed from content/ with the same
 * lib code and settings (and QUIZWIRE_SITE_URL) as the build, so the browser
 * and PDF tests follow the content instead of hard-coding it.
 */
export function worksheetLessons() {
  const { lessons, quizzes } = loadLessonQuizzes(process.cwd(), loadContent());
  return lessons.map((lesson) => {
    const quiz = quizzes.get(lesson.slug)!;
    const articles = lesson.articles.map((a) => ({ slug: a.slug, body: a.body, ...a.frontmatter }));
    const sheet = (version: string, variant: WorksheetVariant = "sheet"): Worksheet =>
      buildWorksheet(
        { lessonSlug: lesson.slug, title: lesson.title, questions: quiz.questions, order: quiz.settings.order ?? "shuffle", articles },
        { version, key: variant === "key", large: variant === "large", siteUrl: parseSiteUrl(process.env.QUIZWIRE_SITE_URL) },
      );
    return { slug: lesson.slug, title: lesson.title, sheet };
  });
}

/**
 * Text as pdftotext or the DOM gives it, compared loosely: compatibility
 * forms (ligatures) folded, whitespace collapsed, and no space after a dash,
 * where Chromium may break a line ("cease-" / "fire").
 */
export function fold(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/\u00ad/g, "")
    .replace(/\s+/g, " ")
    .replace(/([-‐–—]) /g, "$1")
    .trim();
}

/** What a student writes: every prompt, choice, item and event of a sheet's question. */
export function printedTexts(q: Worksheet["questions"][number]): string[] {
  const form = q.paper;
  const parts = form.type === "choices" ? form.choices.map((c) => c.text) : form.type === "match" ? [...form.items, ...form.choices.map((c) => c.text)] : form.type === "order" ? form.events : [];
  return [q.prompt, ...parts];
}

/**
 * Written answers the key prints that appear nowhere on the student's sheet
 * (a typed date, its ISO form): finding one on the sheet means it leaked.
 * Choice answers are left out, since every choice is printed.
 */
export function keyOnlyTexts(sheet: Worksheet, key: Worksheet): string[] {
  const printed = fold(sheet.questions.flatMap(printedTexts).join(" "));
  const written = key.questions.flatMap((q) => (q.paper.type === "lines" ? [q.answer!.text, ...q.answer!.alsoAccepted] : []));
  return [...new Set(written.map(fold))].filter((answer) => !printed.includes(answer));
}
