import { CONFIDENT } from "./confidence.ts";
import type { DateCandidate } from "./date-candidate.ts";
import { resolvePending } from "./date-resolver.ts";
import type { ClauseFinder } from "./clause-finder.ts";
import type { QuoteFact, Span } from "./fact-schema.ts";
import { findQuotedSpans } from "./speech-span-finder.ts";
import { findTense } from "./tense-finder.ts";
import type { ExtractionContext, Refiner } from "./types.ts";

const SPEECH_VERB =
  /\b(?:said|says|told|tells|wrote|writes|added|adds|announced|stated|noted|posted|tweeted|declared|warned|insisted|claimed|explained|confirmed|argued|replied|responded|remarked|asked|address)\b/;
const PRONOUN = /\b(?:he|she|they|He|She|They)\b/;
const NAME = /\p{Lu}[\p{Ll}'’-]{2,}/gu;

/** A quotation with the attribution text around it (same sentence, outside the marks). */
interface Quoted {
  quote: Span;
  sentence: Span;
}

/**
 * Re-resolves "tomorrow", "today" or "on Monday" inside a quotation against
 * when the words were said, where the article says so: a dated speech verb
 * in the quote's own sentence (`"…tomorrow," she said on Monday`), else in
 * the sentence before when the attribution points back to it by pronoun or
 * by a name it repeats ("Leavitt told reporters on Monday … ‘…tomorrow,’
 * Leavitt said"). Runs after the tense refiner, which dated the speech verbs.
 * Uses the quote extractor's quotes and sentences, and finds the quotation
 * marks it left out itself.
 */
export function reportedSpeechRefiner(clauses: ClauseFinder, quotes: QuoteFact[]): Refiner<DateCandidate> {
  return {
    name: "reported-speech",
    refine(context: ExtractionContext, results: DateCandidate[]): DateCandidate[] {
      const { text } = context;
      const quoted = withUnattributed(
        quotes.map((q) => ({ quote: { start: q.start, end: q.end, text: q.text }, sentence: q.sentence })),
        findQuotedSpans(text).map((q) => ({ quote: q, sentence: around(clauses, q) })),
      );
      if (!quoted.length) return results;
      const inside = (r: { start: number; end: number }) => enclosing(quoted, r.start, r.end);
      const speechDates = results.filter((r) => r.granularity === "day" && r.value !== null && r.source !== "time" && !inside(r));
      const lead = leadDay(text, context.published, speechDates);
      return results.map((r) => {
        if (!r.pending || (r.pending.kind !== "offset" && r.pending.kind !== "weekday") || r.source === "time") return r;
        const q = inside(r);
        if (!q) return r;
        const said = speechDay(text, clauses, q, speechDates);
        // Words quoted with no day of their own were said at the event the lead reports ("…on Saturday night"): post-match words, a meeting's.
        const anchor = said ?? lead;
        if (!anchor || anchor === context.published) return r;
        const clause = clauses.clauseOf(r.start, r.end);
        const tense = r.pending.kind === "weekday" ? findTense(text, Math.max(clause.start, q.quote.start), Math.min(clause.end, q.quote.end), r.start, r.end) : "unknown";
        const value = resolvePending(r.pending, anchor, tense);
        context.debug(() => `date "${r.text}" in a quote said on ${anchor} -> ${value}`);
        return { ...r, anchor, value, confidence: said ? r.confidence : Math.min(r.confidence, LEAD_CONFIDENCE) };
      });
    },
  };
}

/**
 * The quote extractor's quotes plus every quotation it left out (no speaker
 * found, unusual marks): words in quotation marks were said by someone
 * whether or not a speaker is known, so their "tomorrow" still needs the
 * day they were said. Sorted by start; one merge over the two sorted lists.
 */
function withUnattributed(attributed: Quoted[], marked: Quoted[]): Quoted[] {
  attributed.sort((a, b) => a.quote.start - b.quote.start);
  const out: Quoted[] = [];
  let i = 0;
  for (const m of marked) {
    while (i < attributed.length && attributed[i].quote.start < m.quote.end) out.push(attributed[i++]);
    const last = out[out.length - 1];
    if (!last || last.quote.end <= m.quote.start) out.push(m);
  }
  while (i < attributed.length) out.push(attributed[i++]);
  return out;
}

/** The quotation holding `[start, end)`, by binary search over quotes sorted by start. */
function enclosing(quoted: Quoted[], start: number, end: number): Quoted | undefined {
  let lo = 0;
  let hi = quoted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quoted[mid].quote.start <= start) lo = mid + 1;
    else hi = mid;
  }
  const q = quoted[lo - 1];
  return q && end <= q.quote.end ? q : undefined;
}

/** The sentence span from the quote's first sentence to its last. */
function around(clauses: ClauseFinder, q: Span): Span {
  const first = clauses.sentenceOf(Math.max(0, q.start - 1), q.start);
  const last = clauses.sentenceOf(q.end, q.end + 1);
  return { start: first.start, end: Math.max(last.end, q.end), text: "" };
}

/** How sure a quote's day is when it comes from the lead's event rather than its own attribution: just sure enough to state. */
const LEAD_CONFIDENCE = CONFIDENT;
/** The lead's event counts only this many days before publication: a report of a match, a meeting, a call. */
const LEAD_DAYS = 3;

/**
 * The day of the event an article opens with: the first day-precise date of
 * its first paragraph, outside quotes, that falls on or up to three days
 * before publication ("…begins Aug. 31, after the board voted last night":
 * last night). Null when the lead dates nothing that close.
 */
function leadDay(text: string, published: string, dates: DateCandidate[]): string | null {
  const paragraph = text.search(/\n\s*\n/);
  const end = paragraph < 0 ? Math.min(text.length, 600) : paragraph;
  const earliest = new Date(Date.parse(`${published}T00:00:00Z`) - LEAD_DAYS * 86_400_000).toISOString().slice(0, 10);
  const first = [...dates].filter((d) => d.start < end && d.value !== null && d.value <= published && d.value >= earliest).sort((a, b) => a.start - b.start)[0];
  return first?.value ?? null;
}

function speechDay(text: string, clauses: ClauseFinder, q: Quoted, dates: DateCandidate[]): string | null {
  const own = dates.find((d) => d.start >= q.sentence.start && d.end <= q.sentence.end && SPEECH_VERB.test(clauses.clauseOf(d.start, d.end).text));
  if (own) return own.value;
  const attribution = text.slice(q.sentence.start, q.quote.start) + " " + text.slice(q.quote.end, q.sentence.end);
  if (!SPEECH_VERB.test(attribution) && !/:\s*$/.test(text.slice(q.sentence.start, q.quote.start - 1))) return null;
  // The sentence before may end a paragraph earlier: step back over the blank lines between them.
  let last = q.sentence.start - 1;
  while (last > 0 && /\s/.test(text[last])) last--;
  const before = clauses.sentenceOf(Math.max(0, last - 1), Math.max(0, last));
  const names = attribution.match(NAME) ?? [];
  const linked = PRONOUN.test(attribution) || names.some((n) => before.text.includes(n));
  if (!linked) return null;
  const previous = dates.find((d) => d.start >= before.start && d.end <= before.end && SPEECH_VERB.test(clauses.clauseOf(d.start, d.end).text));
  return previous?.value ?? null;
}
