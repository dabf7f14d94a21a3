import { z } from "zod";
import { describeValue, slugSchema, textField } from "../article-frontmatter-schema.ts";
import { generatedKindSchema } from "./generated-kinds.ts";

const wholeNumber = (field: string, min: number, max: number) =>
  z
    .number({ error: (issue) => `expected a whole number, got ${describeValue(issue.input)}; write it like ${field}: ${min + 1}` })
    .int({ error: (issue) => `expected a whole number, got ${describeValue(issue.input)}` })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` });

/** Quiz defaults of a lesson; a `<Quiz>` tag in the body may override each. */
export const lessonQuizDefaultsSchema = z.strictObject({
  count: wholeNumber("count", 1, 60).optional(),
  kinds: z
    .array(generatedKindSchema, {
      error: (issue) => `expected a list of question kinds like [who-said, when], got ${describeValue(issue.input)}`,
    })
    .optional(),
  seed: wholeNumber("seed", 1, 1_000_000).optional(),
  order: z
    .enum(["shuffle", "story"], { error: (issue) => `expected shuffle or story, got ${describeValue(issue.input)}; write order: story to ask the questions in the order of the story` })
    .optional(),
});

/**
 * Frontmatter of `content/lessons/<slug>.mdx`. A lesson covers one story or
 * a list of articles, never both. Unknown keys are errors so a typo such as
 * `objectifs` never passes silently.
 */
export const lessonFrontmatterSchema = z
  .strictObject({
    title: textField("title", '"Who said what: the March 2025 ceasefire call"'),
    summary: textField("summary", '"Trace each quote to its speaker and check the dates."'),
    story: slugSchema.optional(),
    articles: z
      .array(slugSchema, { error: (issue) => `expected a list of article slugs, got ${describeValue(issue.input)}` })
      .min(1, { error: "is empty: list at least one article slug, or use story: instead" })
      .optional(),
    level: z
      .union([z.string().trim().min(1), z.number()], {
        error: (issue) => `expected a grade or band like "Grades 9–12", got ${describeValue(issue.input)}`,
      })
      .transform(String),
    objectives: z
      .array(z.string().trim().min(1, { error: "an objective is empty" }), {
        error: (issue) =>
          issue.input === undefined
            ? "required: list what students will be able to do, one per line starting with -"
            : `expected a list of objectives, got ${describeValue(issue.input)}`,
      })
      .min(1, { error: "is empty: list at least one objective" }),
    minutes: wholeNumber("minutes", 5, 600),
    quiz: lessonQuizDefaultsSchema.optional(),
  })
  .refine((value) => (value.story === undefined) !== (value.articles === undefined), {
    error: "give either story: (one story) or articles: (a list of article slugs), not both and not neither",
    path: ["story"],
  });

/** Validated lesson frontmatter. */
export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;
