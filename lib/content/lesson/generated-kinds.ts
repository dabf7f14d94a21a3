import { questionKindSchema } from "../../quiz/question-schema.ts";
import { describeValue } from "../article-frontmatter-schema.ts";

/**
 * Question kinds a lesson's quiz may generate: every kind but "choice",
 * which only a teacher writes (`<Question>`), so asking the generator for
 * it would silently yield nothing.
 */
export const generatedKindSchema = questionKindSchema.exclude(["choice"], {
  error: (issue) => `unknown question kind ${describeValue(issue.input)}; use ${GENERATED_KINDS.join(", ")}`,
});

/** The generated kinds, in the selector's order. */
export const GENERATED_KINDS: readonly string[] = questionKindSchema.options.filter((kind) => kind !== "choice");
