import type { z } from "zod";
import { describeValue } from "../content/article-frontmatter-schema.ts";
import { editDistance } from "../text/edit-distance.ts";

const EXPECTED: Record<string, string> = {
  string: "text",
  number: "a number like 2500 (no quotes or commas)",
  object: "a mapping of keys",
  array: "a list of entries",
};

/** "did you mean" for a mistyped key, when one allowed key is close. */
export function suggestKey(key: string, allowed: readonly string[]): string {
  const close = allowed.filter((a) => editDistance(key.toLowerCase(), a.toLowerCase()) <= 2);
  return close.length === 1 ? ` Did you mean "${close[0]}"?` : "";
}

/**
 * A teacher-facing message for one zod issue: what is wrong and how to fix
 * it, without zod's vocabulary. Issues a schema already words itself
 * (custom refinements) keep their message.
 */
export function issueMessage(issue: z.core.$ZodIssue & { input?: unknown }, key: string): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return `missing; add "${key}: ..." to this entry`;
      return `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${describeValue(issue.input)}`;
    case "too_small":
      return `must not be empty; write the words, e.g. ${key}: "..."`;
    case "invalid_value":
      return `expected one of ${issue.values.map(String).join(", ")}, got ${describeValue(issue.input)}`;
    default:
      return issue.message;
  }
}
