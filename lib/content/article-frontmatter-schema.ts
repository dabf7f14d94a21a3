import { z } from "zod";
import { SLUG_PATTERN } from "./slug.ts";

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Describes a YAML value for an error message: `"March 17"`, `a list`, `a number (17)`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "object") return "a mapping (indented keys)";
  return `${typeof value === "number" ? "a number" : `a ${typeof value}`} (${String(value)})`;
}

/** Whether a YYYY-MM-DD string names a real calendar day (no 2025-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A required, non-empty text field whose messages show how to write it (`title: "…"`). */
export const textField = (field: string, example: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `required: add a line like ${field}: ${example}`
          : `expected text, got ${describeValue(issue.input)}; write it like ${field}: ${example}`,
    })
    .trim()
    .min(1, { error: `is empty: write it like ${field}: ${example}` });

/** A calendar date written YYYY-MM-DD. */
export const isoDateSchema = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? "required: add a line like published: 2025-03-17"
        : `expected a date like 2025-03-17, got ${describeValue(issue.input)}`,
  })
  .refine(isCalendarDate, { error: (issue) => `expected a date like 2025-03-17, got ${describeValue(issue.input)}` });

/** A slug field such as `story`. */
export const slugSchema = z
  .string({
    error: (issue) =>
      `expected a slug like trump-putin-call-2025-03 (lowercase words joined by hyphens), got ${describeValue(issue.input)}`,
  })
  .regex(SLUG_PATTERN, {
    error: (issue) =>
      `expected a slug like trump-putin-call-2025-03 (lowercase words joined by hyphens), got ${describeValue(issue.input)}`,
  });

/**
 * Frontmatter of `content/articles/<slug>.md`. Unknown keys are errors so a
 * typo such as `publised` never passes silently.
 */
export const articleFrontmatterSchema = z.strictObject({
  title: textField("title", '"Trump and Putin to discuss ceasefire"'),
  published: isoDateSchema,
  outlet: textField("outlet", "Live Mint").optional(),
  author: textField("author", "Edyta Tomaszewska").optional(),
  url: z
    .url({ protocol: /^https?$/, error: (issue) => `expected a web address starting with https://, got ${describeValue(issue.input)}` })
    .optional(),
  story: slugSchema.optional(),
  language: z
    .string({ error: (issue) => `expected a language code like en, got ${describeValue(issue.input)}` })
    .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, { error: (issue) => `expected a language code like en or en-GB, got ${describeValue(issue.input)}` })
    .default("en"),
});

/** Validated article frontmatter. */
export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;

/** The keys an article's frontmatter may have, for "did you mean" hints. */
export const ARTICLE_KEYS = Object.keys(articleFrontmatterSchema.shape);
