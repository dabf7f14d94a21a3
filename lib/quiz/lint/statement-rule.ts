import { wordCount } from "../passage.ts";
import { leansBack, PRONOUN_START } from "./blank-context-rule.ts";
import type { LintRule } from "./lint-rule.ts";

/**
 * A true/false statement is a whole claim a student can judge: it starts
 * like a sentence, has enough words, and every quotation it opens is closed
 * (never "stops mid-quote").
 */
export const statementRule: LintRule = {
  name: "statement",
  check(question) {
    if (question.kind !== "true-false") return null;
    const statement = question.prompt.replace(/^True or false[^:]*:\s*/, "");
    if (wordCount(statement) < 9) return "the statement is too short to judge on its own";
    if (!/^[\p{Lu}\d“‘"]/u.test(statement)) return "the statement starts mid-sentence";
    if (PRONOUN_START.test(statement)) return "the statement opens with a pronoun whose referent is not shown";
    if (statement.startsWith("‘")) return "the statement is someone's quoted words, unattributed";
    const leaning = leansBack(statement);
    if (leaning) return `the statement cannot be judged alone: ${leaning}`;
    const open = (statement.match(/[“‘]/g) ?? []).length;
    const close = (statement.match(/”|’(?!\p{L})/gu) ?? []).length;
    if (open !== close) return "the statement stops inside a quotation";
    return null;
  },
};
