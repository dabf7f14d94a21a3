import type { ArticleFacts } from "./fact-schema.ts";
import type { ExtractionContext } from "./types.ts";
import { extractPeopleAndQuotes } from "./people-quotes-stage.ts";
import { extractPlaces } from "./places-stage.ts";
import { extractDates } from "./dates-stage.ts";
import { extractNumbers } from "./numbers-stage.ts";

/** Options for one article's extraction. */
export interface ExtractOptions {
  /** Article slug copied into every fact. */
  article: string;
  /** Publication date, YYYY-MM-DD: the reference for relative dates. */
  published: string;
  /** Receives lazy debug lines; off when absent. */
  debug?: (line: string) => void;
}

/**
 * Extracts every fact of one article. The stages run in this order because
 * each needs what came before:
 * 1. people and quotes first: speakers are people, and pronouns resolve to
 *    the last person mentioned, so both are read in one pass;
 * 2. places next, given the people, so that a surname that is also a place
 *    name ("Jordan") is not taken for a country;
 * 3. dates after quotes, because "tomorrow" inside a quote is resolved
 *    against when the words were said, not the publication date;
 * 4. numbers last, given the dates, so that "18" in "March 18" or a year is
 *    not counted as a quantity.
 */
export function extractFacts(text: string, options: ExtractOptions): ArticleFacts {
  const debug = options.debug;
  const context: ExtractionContext = {
    article: options.article,
    text,
    published: options.published,
    debug: debug ? (message) => debug(message()) : () => {},
  };
  const { people, quotes } = extractPeopleAndQuotes(context);
  const places = extractPlaces(context, people);
  const dates = extractDates(context, quotes);
  const numbers = extractNumbers(context, dates);
  return { article: options.article, published: options.published, quotes, people, places, dates, numbers };
}
