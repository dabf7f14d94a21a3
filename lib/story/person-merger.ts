import type { PersonFact } from "../extract/fact-schema.ts";
import { fullNamesMatch, parseName, partialNameFits, type ParsedName } from "./name-matcher.ts";
import type { StoryPerson } from "./story-schema.ts";
import { groupId, memberKey, mostCommon, withOutlet, type ArticleOrder } from "./story-input.ts";
import { compareStrings } from "./text-fold.ts";
import { UnionFind } from "./union-find.ts";

/** Looks up story people by an article's person fact or by a written name. */
export interface PersonIndex {
  byFact(slug: string, factId: string): StoryPerson | undefined;
  /** The one story person a name can be; undefined when none or several fit. */
  byName(name: string): StoryPerson | undefined;
}

interface Member {
  key: string;
  slug: string;
  outlet?: string;
  fact: PersonFact;
  names: ParsedName[];
}

/**
 * Merges the people of all articles. Full names (name and full-name aliases)
 * link first; a fact whose name is only a surname or an initial then joins
 * the one group it fits, and stays apart when several fit, because "Trump"
 * alone cannot say which Trump.
 */
export function mergePeople(order: ArticleOrder): { people: StoryPerson[]; index: PersonIndex } {
  const members: Member[] = order.articles.flatMap((article) =>
    article.facts.people.map((fact) => ({
      key: memberKey(article.slug, fact.id),
      slug: article.slug,
      outlet: article.outlet,
      fact,
      names: [fact.name, ...fact.aliases].map(parseName).filter((n): n is ParsedName => n !== null),
    })),
  );
  const sets = new UnionFind();
  const isPartial = (m: Member) => parseName(m.fact.name)?.partial ?? true;
  const full = members.filter((m) => !isPartial(m));
  for (const m of members) sets.add(m.key);
  for (let i = 0; i < full.length; i++) {
    for (let j = i + 1; j < full.length; j++) {
      if (full[i]!.names.some((a) => full[j]!.names.some((b) => fullNamesMatch(a, b)))) sets.union(full[i]!.key, full[j]!.key);
    }
  }
  const fullRoots = new Map(full.map((m) => [m.key, sets.find(m.key)]));
  const loose: { key: string; name: ParsedName | null }[] = [];
  for (const m of members.filter(isPartial)) {
    const own = parseName(m.fact.name);
    const roots = new Set(full.filter((f) => own && f.names.some((n) => partialNameFits(own, n))).map((f) => fullRoots.get(f.key)!));
    if (roots.size === 1) sets.union(m.key, [...roots][0]!);
    else loose.push({ key: m.key, name: own });
  }
  // Partial names that fit no single person still merge when written alike.
  for (let i = 0; i < loose.length; i++) {
    for (let j = i + 1; j < loose.length; j++) {
      const [a, b] = [loose[i]!.name, loose[j]!.name];
      if (a && b && a.first === b.first && a.last === b.last) sets.union(loose[i]!.key, loose[j]!.key);
    }
  }
  return buildPeople(order, members, sets);
}

function buildPeople(order: ArticleOrder, members: Member[], sets: UnionFind): { people: StoryPerson[]; index: PersonIndex } {
  const byKey = new Map(members.map((m) => [m.key, m]));
  const byFactKey = new Map<string, StoryPerson>();
  const people = sets.groups().map((keys) => {
    const group = keys.map((key) => byKey.get(key)!).sort((a, b) => order.rank(a.slug) - order.rank(b.slug) || compareStrings(a.fact.id, b.fact.id));
    const name = mostCommon(
      group.map((m) => m.fact.name),
      (a, b) => b.length - a.length || compareStrings(a, b),
    );
    const aliases = [...new Set(group.flatMap((m) => [m.fact.name, ...m.fact.aliases]))].filter((a) => a !== name).sort(compareStrings);
    const person: StoryPerson = {
      id: groupId("sp", "person", keys),
      name,
      aliases,
      roles: group.flatMap((m) => m.fact.roles.map((role) => withOutlet({ role, slug: m.slug }, m.outlet))),
      facts: group.map((m) => withOutlet({ slug: m.slug, factId: m.fact.id, name: m.fact.name, mentions: m.fact.mentions.length }, m.outlet)),
    };
    for (const key of keys) byFactKey.set(key, person);
    return person;
  });
  people.sort((a, b) => compareStrings(a.name, b.name) || compareStrings(a.id, b.id));
  const index: PersonIndex = {
    byFact: (slug, factId) => byFactKey.get(memberKey(slug, factId)),
    byName: (written) => {
      const parsed = parseName(written);
      if (!parsed) return undefined;
      const fits = people.filter((p) =>
        [p.name, ...p.aliases].some((n) => {
          const other = parseName(n);
          if (!other) return false;
          if (parsed.partial) return partialNameFits(parsed, other) || (other.partial && other.last === parsed.last && other.first === parsed.first);
          return fullNamesMatch(parsed, other);
        }),
      );
      return fits.length === 1 ? fits[0] : undefined;
    },
  };
  return { people, index };
}
