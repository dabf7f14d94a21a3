import { shortQuote, trimQuote } from "./auto-lesson.ts";
import { distinctSources, MIN_LESSON_CONFIDENCE, sourceNames, type LessonInput } from "./sources.ts";

/** One quote as one source carries it. */
export interface CarriedQuote {
  id: string;
  /** Cut to a dozen words: the table compares, the reader shows the whole. */
  text: string;
  /** Whom this source credits; null when it names nobody. */
  speaker: string | null;
  /** How many distinct sources carry the same words (1: this one only). */
  carriedBy: number;
}

/** What one article of a story carried. */
export interface SourceColumn {
  slug: string;
  name: string;
  title: string;
  published: string;
  url?: string;
  quotes: CarriedQuote[];
  /** People it names, most widely reported first. */
  people: string[];
  /** People at least two other sources name that this one does not: what it left out. */
  leftOut: string[];
}

/** A story's sources side by side, and the quotes more than one of them carries. */
export interface SourcesComparison {
  sources: SourceColumn[];
  corroborated: { id: string; text: string; speaker: string | null; sources: string[] }[];
}

/**
 * Compares what each source of a story carried: the quotes and whom it
 * credits, the people it names, and the people others name that it leaves
 * out. Conflicting attributions are the auto lesson's `conflicts`. Only
 * confident quote reports count, as everywhere in lessons.
 */
export function compareSources(input: LessonInput): SourcesComparison {
  const names = sourceNames(input);
  const nameOf = (slug: string) => names.get(slug) ?? slug;
  const confidentGroups = input.story.quotes
    .map((g) => ({ group: g, reports: g.reports.filter((r) => r.confidence >= MIN_LESSON_CONFIDENCE) }))
    .filter((x) => x.reports.length > 0);
  const peopleBySource = new Map<string, Set<string>>();
  for (const person of input.story.people) {
    for (const ref of person.facts) {
      const set = peopleBySource.get(ref.slug) ?? new Set<string>();
      set.add(person.name);
      peopleBySource.set(ref.slug, set);
    }
  }
  const reach = (person: string) => [...peopleBySource.values()].filter((set) => set.has(person)).length;
  const sources = input.story.articles.map((a): SourceColumn => {
    const article = input.articles.find((x) => x.article.slug === a.slug)?.article;
    const named = [...(peopleBySource.get(a.slug) ?? [])].sort((x, y) => reach(y) - reach(x) || (x < y ? -1 : 1));
    const others = (person: string) => [...peopleBySource.entries()].filter(([slug, set]) => slug !== a.slug && set.has(person)).length;
    const everyone = [...new Set([...peopleBySource.values()].flatMap((set) => [...set]))].sort();
    return {
      slug: a.slug,
      name: nameOf(a.slug),
      title: a.title ?? article?.frontmatter.title ?? a.slug,
      published: a.published,
      ...(article?.frontmatter.url ? { url: article.frontmatter.url } : {}),
      quotes: confidentGroups.flatMap(({ group, reports }) => {
        const mine = reports.find((r) => r.slug === a.slug);
        return mine ? [{ id: group.id, text: shortQuote(mine.text), speaker: mine.speaker.name, carriedBy: distinctSources(reports).length }] : [];
      }),
      people: named,
      leftOut: everyone.filter((person) => !named.includes(person) && others(person) >= 2),
    };
  });
  const corroborated = confidentGroups
    .filter(({ reports }) => distinctSources(reports).length >= 2)
    .map(({ group, reports }) => ({
      id: group.id,
      text: trimQuote(group.text),
      speaker: group.speaker?.name ?? null,
      sources: distinctSources(reports).map((r) => nameOf(r.slug)),
    }))
    .sort((x, y) => y.sources.length - x.sources.length);
  return { sources, corroborated };
}
