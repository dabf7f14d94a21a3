import { quotedPassage } from "../passage.ts";
import type { LintRule } from "./lint-rule.ts";

const DOUBLED = /[“”"]\s*[“”"]/;
const TRAILING = /[,;:]\s*$/;

/**
 * Quotation marks as a careful editor leaves them: no doubled marks
 * (“"…"”), every opening mark closed, and no quotation shown with the comma
 * or colon that led into its attribution (“…built for,”).
 */
export const quoteMarksRule: LintRule = {
  name: "quote-marks",
  check(question) {
    const texts = [question.prompt, ...(question.choices ?? []), ...(question.items ?? [])];
    for (const text of texts) {
      if (DOUBLED.test(text)) return "doubled quotation marks";
      if (count(text, "“") !== count(text, "”")) return "a quotation mark is not closed";
    }
    const passage = quotedPassage(question.prompt);
    if (passage !== null && count(passage, "‘") < count(passage, "’") - apostrophes(passage)) return "a quotation inside the passage is not opened";
    if (passage !== null && count(passage, "‘") > count(passage, "’") - apostrophes(passage)) return "the passage stops inside a quotation";
    for (const match of question.prompt.matchAll(/“([^”]*)”/g)) if (TRAILING.test(match[1]!)) return "a quotation keeps its trailing punctuation";
    if (question.kind === "said-what" || question.kind === "match") {
      for (const choice of question.choices ?? []) if (TRAILING.test(choice)) return "a quotation keeps its trailing punctuation";
    }
    return null;
  },
};

function count(text: string, mark: string): number {
  return text.split(mark).length - 1;
}

/** Right single marks that are apostrophes (between letters, or after a plural's s), not closing quotes. */
function apostrophes(text: string): number {
  return (text.match(/\p{L}’(?=\p{L})|s’(?=\s)/gu) ?? []).length;
}
