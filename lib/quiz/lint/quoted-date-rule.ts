import type { LintRule } from "./lint-rule.ts";

/** Date words whose day depends on when they were said ("today", "on Sunday", "last night"). */
const RELATIVE = /\b(?:today|tonight|tomorrow|yesterday|this|next|last|ago|coming|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|morning|afternoon|evening|night)\b/i;

/**
 * A relative date inside someone's quoted words is never a key: "today" in a
 * quote is the day the words were spoken, which an article seldom states and
 * is not the publication date ("Today it held up," said after a Saturday
 * match, in a Sunday paper). Dates written out in full ("on March 3, 2024")
 * may still be asked from a quotation.
 */
export const quotedDateRule: LintRule = {
  name: "quoted-date",
  check(question, context) {
    const isDate = question.kind === "when" || (question.kind === "typed" && question.answerType === "date") || question.kind === "order";
    if (!isDate) return null;
    for (const id of question.factIds) {
      const fact = context.fact(question.evidence.article, id) ?? (question.sources ?? []).map((s) => context.fact(s.article, id)).find(Boolean);
      if (fact?.type !== "date") continue;
      if (RELATIVE.test(fact.text) && context.quoted(fact.article, fact.start, fact.end)) return `"${fact.text}" inside a quotation means the day it was said, which the article does not give`;
    }
    return null;
  },
};
