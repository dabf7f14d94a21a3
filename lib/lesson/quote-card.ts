import { paragraphIndexAt } from "../content/body-paragraphs.ts";
import { trimQuote, type LessonLocation } from "./auto-lesson.ts";
import { distinctSources, sourceNames, type LessonInput } from "./sources.ts";

/** A quote as a lesson shows it: the words, who said them, and every source that carries them. */
export interface QuoteCard {
  id: string;
  text: string;
  /** The speaker every source agrees on; null when sources disagree or none names one. */
  speaker: string | null;
  /** Who each source credits, when they disagree (empty otherwise). */
  credits: { speaker: string; sources: string[] }[];
  /** Distinct sources carrying the words. */
  sources: string[];
  /** The longest report, to read in context. */
  location: LessonLocation;
}

/**
 * The card for one quote group of a lesson's story (a `<Quote match>` in a
 * hand-written lesson resolves to a group id). Undefined for an unknown id.
 */
export function quoteCard(input: LessonInput, groupId: string): QuoteCard | undefined {
  const group = input.story.quotes.find((g) => g.id === groupId);
  if (!group || group.reports.length === 0) return undefined;
  const names = sourceNames(input);
  const nameOf = (slug: string) => names.get(slug) ?? slug;
  const longest = [...group.reports].sort((a, b) => b.text.length - a.text.length)[0]!;
  const body = input.articles.find((a) => a.article.slug === longest.slug)?.article.body ?? "";
  const conflict = input.story.conflicts.find((c) => c.quoteGroupId === group.id);
  return {
    id: group.id,
    text: trimQuote(longest.text),
    speaker: conflict ? null : (group.speaker?.name ?? null),
    credits: conflict
      ? conflict.attributions.map((a) => ({ speaker: a.speaker.name, sources: distinctSources(a.articles).map((r) => nameOf(r.slug)) }))
      : [],
    sources: distinctSources(group.reports).map((r) => nameOf(r.slug)),
    location: { article: longest.slug, source: nameOf(longest.slug), start: longest.start, end: longest.end, paragraph: paragraphIndexAt(body, longest.start) },
  };
}
