import { ActorFinder } from "./actor-finder.ts";
import { extractChannel, verbText } from "./channel-extractor.ts";
import { factId } from "./fact-id.ts";
import type { PersonFact, QuoteFact } from "./fact-schema.ts";
import { extractNameCandidates } from "./person-extractor.ts";
import { mergePeople, type PeopleIndex } from "./person-merge-refiner.ts";
import { extractQuoteChains } from "./quote-span-extractor.ts";
import { resolveSpeakers, type ResolvedQuote } from "./speaker-resolver.ts";
import { readDocument, type TextDocument } from "./text-document.ts";
import type { ExtractionContext } from "./types.ts";

/** A quote of this many words or more is "full"; shorter ones are fragments. */
const FULL_QUOTE_WORDS = 5;

/**
 * Extracts the people of an article and every quote with its speaker. The
 * steps run in this order because each needs what came before:
 * 1. read the document once: paragraphs, quotation marks, then sentences
 *    (which must know the marks, so a quoted "." never ends a sentence) and
 *    words;
 * 2. people before quotes: a speaker is resolved against the people found,
 *    and a surname alone ("Lammy said") is only known as a person once the
 *    full name with its evidence ("UK Foreign Secretary David Lammy") is;
 * 3. quote spans next, rejecting titles, nicknames, handles and dates;
 * 4. speakers last, in one pass in text order, since pronouns and roles
 *    point back at what earlier sentences were about; quotes that find no
 *    speaker are scare quotes and are dropped there.
 */
export function extractPeopleAndQuotes(context: ExtractionContext): { people: PersonFact[]; quotes: QuoteFact[] } {
  const doc = readDocument(context.text);
  const people = mergePeople(context, doc, extractNameCandidates(doc));
  context.debug(() => `people: ${people.people.map((p) => p.name).join(", ")}`);
  const chains = extractQuoteChains(doc);
  const finder = new ActorFinder(doc, people);
  const resolved = resolveSpeakers(doc, people, finder, chains);
  context.debug(() => `quotes: ${resolved.length} of ${chains.length} spans have a speaker`);
  return { people: people.people, quotes: resolved.flatMap((r) => toQuoteFacts(context, doc, people, r)) };
}

const QUOTE_WORD = /[\p{L}\p{N}]+(?:['\u2019.\-][\p{L}\p{N}]+)*/gu;

/** Whether `quoted` holds at least `count` words: counted up to `count`, with no array of matches. */
function hasWords(quoted: string, count: number): boolean {
  QUOTE_WORD.lastIndex = 0;
  let found = 0;
  while (found < count && QUOTE_WORD.test(quoted)) found++;
  return found >= count;
}

/** One quote fact per paragraph part, all sharing the speaker, verb, channel and the sentence run. */
function toQuoteFacts(context: ExtractionContext, doc: TextDocument, people: PeopleIndex, r: ResolvedQuote): QuoteFact[] {
  const { text } = doc;
  const first = doc.sentences[doc.quoteSentence[r.chain.first]];
  const last = doc.sentences[doc.quoteSentence[r.chain.last]];
  const sentence = { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
  const verb = r.verbWord >= 0 ? verbText(doc, r.verbWord) : undefined;
  const channel = r.verbWord >= 0 ? extractChannel(doc, people, r.verbWord) ?? undefined : undefined;
  const facts: QuoteFact[] = [];
  for (let q = r.chain.first; q <= r.chain.last; q++) {
    const { start, end } = doc.quotes[q];
    const quoted = text.slice(start, end);
    facts.push({
      id: factId("quote", context.article, start, end),
      article: context.article,
      type: "quote",
      start,
      end,
      text: quoted,
      confidence: r.confidence,
      speaker: r.speaker ?? { name: null, kind: "unknown" },
      kind: hasWords(quoted, FULL_QUOTE_WORDS) ? "full" : "fragment",
      ...(verb ? { verb } : {}),
      ...(channel ? { channel } : {}),
      sentence,
    });
  }
  return facts;
}
