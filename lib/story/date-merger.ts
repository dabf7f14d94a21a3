import type { DateFact } from "../extract/fact-schema.ts";
import { contentWords, jaccard } from "./clause-similarity.ts";
import type { StoryDate } from "./story-schema.ts";
import { groupId, memberKey, outletLabel, withOutlet, type ArticleOrder } from "./story-input.ts";
import { linkedGroups } from "./linked-groups.ts";
import { foldText } from "./text-fold.ts";

/**
 * Clauses this similar are about the same event. Low on purpose: outlets
 * word the same event very differently ("Trump will speak to Putin on
 * Tuesday" / "the call between the two leaders on Tuesday"), and the values
 * must already be equal.
 */
const MIN_CLAUSE_SIMILARITY = 0.2;

interface Member {
  key: string;
  slug: string;
  outlet?: string;
  fact: DateFact;
  /** The clause's content words without the date's own words. */
  clause: Set<string> | null;
}

/**
 * Merges dates that carry the same value (or, for vague dates, the same
 * words) and whose clauses are similar. A date without a clause links on its
 * value alone: it cannot be told apart, and leaving it out would undercount
 * the outlets that report the date.
 */
export function mergeDates(order: ArticleOrder): StoryDate[] {
  const members: Member[] = order.articles.flatMap((article) =>
    article.facts.dates.map((fact) => {
      const own = contentWords(fact.text);
      const clause = fact.clause ? new Set([...contentWords(fact.clause.text)].filter((w) => !own.has(w))) : null;
      return { key: memberKey(article.slug, fact.id), slug: article.slug, outlet: article.outlet, fact, clause };
    }),
  );
  return linkedGroups(order, members, sameDate)
    .map((group): StoryDate => {
      const outlets = new Set(group.map(outletLabel));
      return {
        id: groupId("dt", "date", group.map((m) => m.key)),
        value: group[0]!.fact.value,
        granularity: group[0]!.fact.granularity,
        reports: group.map((m) => {
          const report = withOutlet({ slug: m.slug, factId: m.fact.id, text: m.fact.text }, m.outlet);
          return m.fact.clause ? { ...report, clause: m.fact.clause.text } : report;
        }),
        corroboratedBy: outlets.size,
      };
    });
}

function sameDate(a: Member, b: Member): boolean {
  if (a.fact.value !== b.fact.value) return false;
  if (a.fact.value === null && foldText(a.fact.text) !== foldText(b.fact.text)) return false;
  if (a.clause === null || b.clause === null) return true;
  return jaccard(a.clause, b.clause) >= MIN_CLAUSE_SIMILARITY;
}
