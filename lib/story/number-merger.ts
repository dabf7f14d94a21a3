import type { NumberFact } from "../extract/fact-schema.ts";
import { contentWords, jaccard } from "./clause-similarity.ts";
import type { StoryNumber } from "./story-schema.ts";
import { groupId, memberKey, mostCommon, outletLabel, withOutlet, type ArticleOrder } from "./story-input.ts";
import { linkedGroups } from "./linked-groups.ts";
import { compareStrings } from "./text-fold.ts";

/** Half the counted words shared: "soldier deaths each week" and "soldier deaths a week" agree. */
const MIN_COUNTED_SIMILARITY = 0.5;

interface Member {
  key: string;
  slug: string;
  outlet?: string;
  fact: NumberFact;
  counted: Set<string>;
}

/** Merges numbers with the same value counting the same thing. */
export function mergeNumbers(order: ArticleOrder): StoryNumber[] {
  const members: Member[] = order.articles.flatMap((article) =>
    article.facts.numbers.map((fact) => ({
      key: memberKey(article.slug, fact.id),
      slug: article.slug,
      outlet: article.outlet,
      fact,
      counted: contentWords(fact.counted),
    })),
  );
  return linkedGroups(order, members, sameNumber)
    .map(
      (group): StoryNumber => ({
        id: groupId("nm", "number", group.map((m) => m.key)),
        value: group[0]!.fact.value,
        counted: mostCommon(
          group.map((m) => m.fact.counted),
          (a, b) => b.length - a.length || compareStrings(a, b),
        ),
        reports: group.map((m) => withOutlet({ slug: m.slug, factId: m.fact.id, text: m.fact.text, counted: m.fact.counted }, m.outlet)),
        corroboratedBy: new Set(group.map(outletLabel)).size,
      }),
    );
}

/** The same value counting the same thing (or neither saying what it counts). */
function sameNumber(a: Member, b: Member): boolean {
  const sameCounted = (a.counted.size === 0 && b.counted.size === 0) || jaccard(a.counted, b.counted) >= MIN_COUNTED_SIMILARITY;
  return a.fact.value === b.fact.value && sameCounted;
}
