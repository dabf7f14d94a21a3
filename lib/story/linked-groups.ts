import type { ArticleOrder } from "./story-input.ts";
import { compareStrings } from "./text-fold.ts";
import { UnionFind } from "./union-find.ts";

/** A fact of one article taking part in a merge. */
export interface GroupMember {
  key: string;
  slug: string;
  fact: { id: string; start: number };
}

/**
 * Groups members that are linked, directly or through others, and sorts each
 * group and the groups by article order, then offset, then id, so the result
 * never depends on the order articles were given in.
 */
export function linkedGroups<M extends GroupMember>(order: ArticleOrder, members: readonly M[], linked: (a: M, b: M) => boolean): M[][] {
  const sets = new UnionFind();
  for (const m of members) sets.add(m.key);
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) if (linked(members[i]!, members[j]!)) sets.union(members[i]!.key, members[j]!.key);
  }
  const byKey = new Map(members.map((m) => [m.key, m]));
  const compare = (a: M, b: M) => order.rank(a.slug) - order.rank(b.slug) || a.fact.start - b.fact.start || compareStrings(a.fact.id, b.fact.id);
  return sets
    .groups()
    .map((keys) => keys.map((key) => byKey.get(key)!).sort(compare))
    .sort((a, b) => compare(a[0]!, b[0]!));
}
