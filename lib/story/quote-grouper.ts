import type { QuoteFact } from "../extract/fact-schema.ts";
import type { PersonIndex } from "./person-merger.ts";
import { MIN_FUZZY_TOKENS, matchQuotes, quoteShape, type QuoteShape } from "./quote-matcher.ts";
import { relateSpeakers, resolveSpeaker, type ResolvedSpeaker } from "./speaker-resolver.ts";
import { memberKey, type ArticleOrder } from "./story-input.ts";
import { compareStrings } from "./text-fold.ts";
import { UnionFind } from "./union-find.ts";

/** One quote fact with what the grouping needs to know about it. */
export interface QuoteMember {
  key: string;
  slug: string;
  outlet?: string;
  fact: QuoteFact;
  shape: QuoteShape;
  resolved: ResolvedSpeaker;
}

/** Fuzzy links from quotes shorter than this need compatible speakers: a few common words recur by chance. */
const MIN_FREE_TOKENS = 5;

/**
 * Groups the quotes of all articles into quotations, each group in report
 * order (article order, then offset). The rules, from strict to loose:
 * - fragments under 3 tokens link only to the same words credited to the
 *   same speaker; one with no speaker joins the single group it can belong
 *   to, so "courage" from two different people stays two quotations;
 * - 3 to 4 tokens link on the same words whoever is credited (that is how a
 *   misattribution shows), and inside a longer quote only when the speakers
 *   agree, are unknown, or are an organisation and its member;
 * - 5 tokens or more link on containment or a long shared run.
 */
export function groupQuotes(order: ArticleOrder, people: PersonIndex): QuoteMember[][] {
  const members: QuoteMember[] = order.articles.flatMap((article) =>
    article.facts.quotes.map((fact) => ({
      key: memberKey(article.slug, fact.id),
      slug: article.slug,
      outlet: article.outlet,
      fact,
      shape: quoteShape(fact.text),
      resolved: resolveSpeaker(article.slug, fact.speaker, people),
    })),
  );
  const sets = new UnionFind();
  for (const m of members) sets.add(m.key);
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      if (linked(members[i]!, members[j]!)) sets.union(members[i]!.key, members[j]!.key);
    }
  }
  attachUnknownFragments(members, sets);
  const byKey = new Map(members.map((m) => [m.key, m]));
  const compare = (a: QuoteMember, b: QuoteMember) =>
    order.rank(a.slug) - order.rank(b.slug) || a.fact.start - b.fact.start || compareStrings(a.fact.id, b.fact.id);
  return sets
    .groups()
    .map((keys) => keys.map((key) => byKey.get(key)!).sort(compare))
    .sort((a, b) => compare(a[0]!, b[0]!));
}

function isFragment(m: QuoteMember): boolean {
  return m.shape.tokens.length < MIN_FUZZY_TOKENS;
}

function linked(a: QuoteMember, b: QuoteMember): boolean {
  const match = matchQuotes(a.shape, b.shape);
  if (match === null) return false;
  const relation = relateSpeakers(a.resolved, b.resolved);
  if (isFragment(a) || isFragment(b)) return relation === "same";
  if (match === "exact") return true;
  const shorter = Math.min(a.shape.tokens.length, b.shape.tokens.length);
  return shorter >= MIN_FREE_TOKENS || relation !== "different";
}

/** Gives each short fragment without a speaker to the one group with its words, or pools it with its like. */
function attachUnknownFragments(members: QuoteMember[], sets: UnionFind): void {
  const text = (m: QuoteMember) => m.shape.tokens.join(" ");
  const unknown = members.filter((m) => isFragment(m) && m.resolved.key === null && m.shape.tokens.length > 0);
  const known = members.filter((m) => isFragment(m) && m.resolved.key !== null);
  const knownRoots = new Map(known.map((m) => [m.key, sets.find(m.key)]));
  const loose: QuoteMember[] = [];
  for (const m of unknown) {
    const roots = new Set(known.filter((k) => text(k) === text(m)).map((k) => knownRoots.get(k.key)!));
    if (roots.size === 1) sets.union(m.key, [...roots][0]!);
    else loose.push(m);
  }
  for (let i = 0; i < loose.length; i++) {
    for (let j = i + 1; j < loose.length; j++) if (text(loose[i]!) === text(loose[j]!)) sets.union(loose[i]!.key, loose[j]!.key);
  }
}
