import { CALENDAR_WORDS } from "./person-lexicon.ts";
import { wordAt } from "./attribution-extractor.ts";
import type { TextDocument } from "./text-document.ts";

/** One quote to attribute: the indices of its paragraph parts in `TextDocument.quotes`. */
export interface QuoteChain {
  /** First and last part; equal for a quote within one paragraph. */
  first: number;
  last: number;
}

/** Nouns and labels that announce a title, a name or a term rather than speech. */
const NAMING_WORDS = new Set([
  "film", "movie", "show", "series", "book", "novel", "song", "album", "play", "programme", "program", "podcast",
  "documentary", "episode", "article", "column", "essay", "poem", "painting", "exhibition", "opera", "musical",
  "titled", "entitled", "nicknamed", "dubbed", "named", "codenamed", "so-called", "hashtag", "slogan", "term", "word",
  "phrase", "motto", "headline", "brand", "label", "campaign", "operation", "tagline", "handle", "username",
]);
/** Small words allowed in lower case inside a title ("Pride and Prejudice", "War of the Worlds"). */
const TITLE_SMALL_WORDS = new Set(["a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "de", "la", "le"]);

/**
 * Groups the document's quotation marks into quotes (a multi-paragraph quote
 * is one chain) and rejects marks that enclose no speech: titles of works,
 * nicknames between a first name and a surname, handles and links, dates
 * and numbers, and short all-capitalised names. Scare quotes are decided
 * later, once it is known whether a speaker is near.
 */
export function extractQuoteChains(doc: TextDocument): QuoteChain[] {
  const out: QuoteChain[] = [];
  for (let i = 0; i < doc.quotes.length; i++) {
    let last = i;
    while (last + 1 < doc.quotes.length && doc.quotes[last + 1].chain === doc.quotes[i].chain) last++;
    const chain = last > i ? { first: i, last } : quoteSpan(doc, i);
    if (chain) out.push(chain);
    i = last;
  }
  return out;
}

/** The one-paragraph quote at `q` as a chain, or `null` when its marks enclose a title, name or label. */
export function quoteSpan(doc: TextDocument, q: number): QuoteChain | null {
  const { text, words } = doc;
  const quote = doc.quotes[q];
  const inner = text.slice(quote.start, quote.end);
  if (!/\p{L}/u.test(inner)) return null;
  if (/^[@#]/.test(inner) || /:\/\/|^www\./i.test(inner)) return null;
  const innerWords = wordsBetween(doc, quote.start, quote.end);
  if (innerWords.length === 0) return null;
  if (innerWords.every((w) => CALENDAR_WORDS.has(w.lower) || /^\d/.test(w.text))) return null;
  const ends = /[,.!?;:\u2026]$/.test(inner);
  const titled = innerWords.every((w, k) => w.cap || /^\d/.test(w.text) || (k > 0 && TITLE_SMALL_WORDS.has(w.lower)));
  if (titled && !ends && innerWords.length <= 8) return null;
  const before = lastWordBefore(doc, quote.open);
  const after = wordAt(doc, quote.close);
  if (before >= 0 && NAMING_WORDS.has(words[before].lower)) return null;
  if (before >= 1 && words[before].lower === "as" && words[before - 1].lower === "known") return null;
  if (before >= 0 && after < words.length && words[before].cap && words[after].cap && !ends &&
    tight(text, words[before].end, quote.open) && tight(text, quote.close, words[after].start)) return null;
  return { first: q, last: q };
}

/** One plain space between `a` and `b`. */
const tight = (text: string, a: number, b: number) => b - a === 1 && text.charCodeAt(a) === 32;

function wordsBetween(doc: TextDocument, start: number, end: number) {
  const out = [];
  for (let k = wordAt(doc, start); k < doc.words.length && doc.words[k].start < end && out.length < 12; k++) out.push(doc.words[k]);
  return out;
}

const lastWordBefore = (doc: TextDocument, offset: number) => wordAt(doc, offset) - 1;
