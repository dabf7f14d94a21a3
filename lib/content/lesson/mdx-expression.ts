import type { MdxFlowExpression, MdxTextExpression } from "mdast-util-mdx";

/** What a `{…}` in the lesson body is: a comment (dropped), a quoted string (its text), or code (an error). */
export type ExpressionMeaning = { kind: "comment" } | { kind: "text"; value: string } | { kind: "code" };

/**
 * Classifies a body expression without running it. `{/* note *\/}` is how
 * MDX writes comments, and `{"<"}` is the documented way to write a
 * character MDX would read as syntax, so both are allowed; anything else
 * would be code, which lessons never run.
 */
export function expressionMeaning(node: MdxFlowExpression | MdxTextExpression): ExpressionMeaning {
  const source = node.value.trim();
  const program = node.data?.estree;
  // acorn has parsed it: an empty program with comments is a comment.
  if (program && program.body.length === 0 && (program.comments?.length ?? 0) > 0) return { kind: "comment" };
  if (!program && /^\/\*[\s\S]*\*\/$/.test(source) && !source.slice(2, -2).includes("*/")) return { kind: "comment" };
  try {
    const value: unknown = JSON.parse(source);
    if (typeof value === "string") return { kind: "text", value };
  } catch {
    // not JSON: code
  }
  return { kind: "code" };
}

/** The message for a `{…}` that is code. */
export function expressionMessage(source: string): string {
  const shown = source.trim().length > 30 ? `${source.trim().slice(0, 27)}…` : source.trim();
  return `{${shown}} is code, and lessons never run code: remove it, write {/* … */} for a comment, or \\{ for a literal brace`;
}
