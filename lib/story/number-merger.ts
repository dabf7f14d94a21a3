import type { NumberFact } from "../extract/fact-schema.ts";
import { contentWords, jaccard } from "./clause-similarity.ts";
import type { StoryNumber } from "./story-schema.ts";
import { groupId, memberKey, mostCommon, outletLabel, withOutlet, type ArticleOrder } from "./story-input.ts";
import { compareStrings } from "./text-fold.ts";
import { UnionFind } from "./union-find.ts";

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
  const sets = new UnionFind();
  for (const m of members) sets.add(m.key);
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const [a, b] = [members[i]!, members[j]!];
      const sameCounted = (a.counted.size === 0 && b.counted.size === 0) || jaccard(a.counted, b.counted) >= MIN_COUNTED_SIMILARITY;
      if (a.fact.value === b.fact.value && sameCounted) sets.union(a.key, b.key);
    }
  }
  const byKey = new Map(members.map((m) => [m.key, m]));
  const compare = (a: Member, b: Member) => order.rank(a.slug) - order.rank(b.slug) || a.fact.start - b.fact.start || compareStrings(a.fact.id, b.fact.id);
  return sets
    .groups()
    .map((keys) => keys.map((key) => byKey.get(key)!).sort(compare))
    .sort((a, b) => compare(a[0]!, b[0]!))
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
