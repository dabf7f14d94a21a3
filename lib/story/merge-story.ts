import { detectConflict } from "./conflict-detector.ts";
import { mergeDates } from "./date-merger.ts";
import { mergeNumbers } from "./number-merger.ts";
import { mergePeople } from "./person-merger.ts";
import { mergePlaces } from "./place-merger.ts";
import { buildQuoteGroup } from "./quote-group-builder.ts";
import { groupQuotes } from "./quote-grouper.ts";
import type { Conflict, StoryFacts } from "./story-schema.ts";
import { orderArticles, type StoryArticleInput } from "./story-input.ts";

export type { StoryArticleInput } from "./story-input.ts";

/**
 * Merges the facts of every article of one story. Pure and deterministic:
 * articles are first sorted by (published, slug), every merge links facts
 * pairwise and reads back connected components, and every list is sorted by
 * a documented key (see `storyFactsSchema`), so shuffling the input never
 * changes the output.
 *
 * People merge first because quotes are matched and compared by speaker.
 * Teacher corrections are applied to each article's facts before this call
 * (`applyCorrections`); corrected facts merge like any other and are marked.
 *
 * @throws Error when two articles share a slug.
 */
export function mergeStory(story: string, articles: readonly StoryArticleInput[]): StoryFacts {
  const order = orderArticles(articles);
  const { people, index } = mergePeople(order);
  const quotes = [];
  const conflicts: Conflict[] = [];
  for (const members of groupQuotes(order, index)) {
    const group = buildQuoteGroup(members);
    quotes.push(group);
    const conflict = detectConflict(group, members);
    if (conflict) conflicts.push(conflict);
  }
  return {
    story,
    articles: order.articles.map(({ slug, outlet, published, title }) => ({
      slug,
      published,
      ...(outlet === undefined ? {} : { outlet }),
      ...(title === undefined ? {} : { title }),
    })),
    people,
    quotes,
    conflicts,
    places: mergePlaces(order),
    dates: mergeDates(order),
    numbers: mergeNumbers(order),
  };
}
