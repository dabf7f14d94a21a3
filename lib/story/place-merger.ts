import type { PlaceFact } from "../extract/fact-schema.ts";
import type { StoryPlace } from "./story-schema.ts";
import { groupId, mostCommon, withOutlet, type ArticleOrder } from "./story-input.ts";
import { compareStrings, foldName } from "./text-fold.ts";

/**
 * Merges places by canonical name: the extractor's gazetteer name when it
 * gives one ("United States" for "U.S."), else the name as written, folded
 * with "the" dropped ("the Kremlin" and "Kremlin" are one). Place names are not fuzzy-matched: Austria and
 * Australia, or Iran and Iraq, are a letter or two apart and different places.
 */
export function mergePlaces(order: ArticleOrder): StoryPlace[] {
  const byName = new Map<string, { slug: string; outlet?: string; fact: PlaceFact }[]>();
  for (const article of order.articles) {
    for (const fact of article.facts.places) {
      const canonical = fact.canonical ?? fact.name;
      const key = foldName(canonical) || canonical;
      const list = byName.get(key) ?? [];
      list.push({ slug: article.slug, outlet: article.outlet, fact });
      byName.set(key, list);
    }
  }
  const places = [...byName.entries()].map(([key, list]): StoryPlace => {
    list.sort((a, b) => order.rank(a.slug) - order.rank(b.slug) || a.fact.start - b.fact.start || compareStrings(a.fact.id, b.fact.id));
    return {
      id: groupId("pl", "place", [key]),
      name: mostCommon(
        list.map((m) => m.fact.canonical ?? m.fact.name),
        compareStrings,
      ),
      kind: mostCommon(
        list.map((m) => m.fact.kind),
        compareStrings,
      ),
      articles: list.map((m) =>
        withOutlet({ slug: m.slug, factId: m.fact.id, mentions: m.fact.mentions.map(({ start, end, text }) => ({ start, end, text })) }, m.outlet),
      ),
    };
  });
  return places.sort((a, b) => compareStrings(a.name, b.name) || compareStrings(a.id, b.id));
}
