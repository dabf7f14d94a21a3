import type { LintRule } from "./lint-rule.ts";

/** Words before or in a date that put it after publication ("through September", "next Saturday"). */
const FUTURE = /\b(?:through|until|till|by|next|coming|upcoming|ahead of)\s*$|^(?:next|this coming)\b/i;
/** A clause about what is to come. */
const PLANS = /\b(?:will|plans?\s+to|planning\s+to|intends?\s+to|is\s+due\s+to|are\s+due\s+to|is\s+set\s+to|are\s+set\s+to|is\s+scheduled\s+to|expects?\s+to|is\s+expected\s+to|hopes?\s+to)\b/i;
/** Words that put it before publication ("since March", "last August", "earlier on Monday"). */
const PAST = /\b(?:since|last|earlier|previous)\s*$|^(?:last|this past)\b/i;

/**
 * A date whose year or week was inferred must agree with the words around
 * it: "runs through September" in an April article is the coming
 * September, "since March" a past one. A key that contradicts its own
 * sentence is a misreading, and is not asked.
 */
export const dateDirectionRule: LintRule = {
  name: "date-direction",
  check(question, context) {
    const isDate = question.kind === "when" || (question.kind === "typed" && question.answerType === "date");
    if (!isDate) return null;
    const fact = question.factIds.map((id) => context.fact(question.evidence.article, id)).find((f) => f?.type === "date");
    if (fact?.type !== "date" || !fact.value || /\b\d{4}\b/.test(fact.text)) return null;
    const published = context.story.articles.find((a) => a.slug === fact.article)?.published;
    const body = context.article(fact.article)?.body ?? "";
    if (!published) return null;
    const before = body.slice(Math.max(0, fact.start - 24), fact.start);
    const day = fact.value.length === 10 ? fact.value : fact.value.length === 7 ? `${fact.value}-99` : `${fact.value}-99-99`;
    const after = fact.value.length === 10 ? day > published : fact.value > published.slice(0, fact.value.length);
    const beforeNow = fact.value.length === 10 ? day < published : fact.value < published.slice(0, fact.value.length);
    if ((FUTURE.test(before) || FUTURE.test(fact.text)) && beforeNow) return `"${fact.text}" looks ahead, but its value ${fact.value} is before publication`;
    // A month with no weekday, in a clause about plans ("plans to begin a trial in September"), is a coming one.
    const clause = fact.clause ? body.slice(fact.clause.start, fact.start) : before;
    if (fact.granularity === "month" && PLANS.test(clause) && beforeNow) return `"${fact.text}" is in a clause about plans, but its value ${fact.value} is before publication`;
    if ((PAST.test(before) || PAST.test(fact.text)) && after) return `"${fact.text}" looks back, but its value ${fact.value} is after publication`;
    return null;
  },
};
