import { displayQuote } from "./passage.ts";
import { MIN_KEY_CONFIDENCE } from "./key-confidence.ts";
import type { QuoteFact } from "../extract/fact-schema.ts";
import { containsTokens, tokenize } from "../story/text-fold.ts";
import type { QuoteGroup } from "../story/story-schema.ts";
import { namesCollide } from "./choice-fold.ts";
import { evidenceFor } from "./evidence.ts";
import type { Evidence } from "./question-schema.ts";
import type { QuizContext } from "./quiz-context.ts";

/** Below this a quote's speaker is a guess, and a guess must not become an answer key. */
export const MIN_QUOTE_CONFIDENCE = MIN_KEY_CONFIDENCE;

/** A quote whose speaker is settled: every report agrees, each confidently, and no other credit overlaps it. */
export interface SettledQuote {
  group: QuoteGroup;
  speaker: string;
  speakerKind: "person" | "organisation";
  /** The quote as the evidence article prints it. */
  text: string;
  words: number;
  evidence: Evidence;
  fact: QuoteFact;
  /** Every name any report credits with these words or words overlapping them (the speaker included). */
  credited: string[];
}

/** Report texts recur across every quote's check; tokenising each once keeps this linear in practice. */
const tokenCache = new Map<string, string[]>();

/**
 * Every name credited, anywhere in the story, with words that contain or are
 * contained in `text`. A distractor must collide with none of them.
 */
export function creditedNames(context: QuizContext, text: string): string[] {
  const words = tokenize(text);
  const tokens = (t: string) => {
    let out = tokenCache.get(t);
    if (!out) {
      if (tokenCache.size > 10_000) tokenCache.clear();
      tokenCache.set(t, (out = tokenize(t)));
    }
    return out;
  };
  const names = new Set<string>();
  for (const group of context.story.quotes) {
    for (const report of group.reports) {
      const other = tokens(report.text);
      if (!containsTokens(other, words) && !containsTokens(words, other)) continue;
      if (report.speaker.name) names.add(report.speaker.name);
      const person = context.story.people.find((p) => p.id === report.storyPersonId);
      if (person) [person.name, ...person.aliases].forEach((n) => names.add(n));
    }
    if (group.speaker && containsTokens(tokens(group.text), words)) names.add(group.speaker.name);
  }
  return [...names];
}

/**
 * The quotes that may carry a speaker question. A quote in a story conflict is
 * never settled: outlets disagree, so it becomes a source-check question
 * instead. Nor is one whose overlapping words another report credits to
 * someone else, however the grouping fell, nor one whose sentence names
 * another person outside the quotation ("Vanek read out a post by parent Jen
 * Albrecht: “…”"), nor one credited to "he" or "she" when someone else is
 * named between the speaker and the pronoun: there the credit is a guess
 * between two people.
 */
export function settledQuotes(context: QuizContext): SettledQuote[] {
  const disputed = new Set(context.story.conflicts.map((c) => c.quoteGroupId));
  const out: SettledQuote[] = [];
  for (const group of context.story.quotes) {
    const speaker = group.speaker;
    if (disputed.has(group.id) || !speaker?.name.trim()) continue;
    if (speaker.kind !== "person" && speaker.kind !== "organisation") continue;
    if (group.reports.some((r) => r.confidence < MIN_QUOTE_CONFIDENCE || (r.speaker.name !== null && !namesCollide(r.speaker.name, speaker.name)))) continue;
    const report = group.reports.find((r) => r.text === group.text) ?? group.reports[0]!;
    const fact = context.fact(report.slug, report.factId);
    if (!fact || fact.type !== "quote") continue;
    const evidence = evidenceFor(context, report.slug, fact.start, fact.end, fact.sentence);
    if (!evidence) continue;
    const credited = creditedNames(context, fact.text);
    if (credited.some((name) => !namesCollide(name, speaker.name))) continue;
    // A speaker is a proper name ("the company" is no answer), and the sentence names no one else outside the quote.
    if (!/^\p{Lu}/u.test(speaker.name) || crowded(context, report.slug, fact, speaker.name) || unclearPronoun(context, report.slug, fact, speaker.name)) continue;
    // "…but you cannot cancel the fact": the second half of a quote split by its attribution is asked with its first half.
    if (CONTINUES.test(fact.text) || secondHalf(context, report.slug, fact)) continue;
    const name = displayName(context, speaker.name, speaker.personId);
    const text = withSecondHalf(context, report.slug, fact);
    out.push({ group, speaker: name, speakerKind: speaker.kind, text, words: tokenize(text).length, evidence, fact, credited });
  }
  return out;
}

/** A quotation that opens on a connective carries on a quotation before it. */
const CONTINUES = /^\s*(?:but|and|or|so|yet|because|which|though|although)\b/;

/**
 * `“A card can be canceled,” she said, “but you cannot cancel…”`: a quote
 * whose sentence goes on, after its attribution, with more words of the same
 * speaker is shown whole, the attribution replaced by an ellipsis; alone its
 * first half often stops before the point.
 */
function withSecondHalf(context: QuizContext, slug: string, fact: QuoteFact): string {
  const quotes = context.article(slug)?.facts.quotes ?? [];
  const next = quotes.find((q) => q.start > fact.end && q.start - fact.end < 80 && q.sentence.start === fact.sentence.start && /^\s*\p{Ll}/u.test(q.text));
  if (!next || !next.speaker.name || !fact.speaker.name || !namesCollide(next.speaker.name, fact.speaker.name)) return fact.text;
  return `${displayQuote(fact.text)} … ${next.text.trim()}`;
}

/** A quote that starts in lower case after another quote of its sentence: the rest of that quote, shown with it. */
function secondHalf(context: QuizContext, slug: string, fact: QuoteFact): boolean {
  if (!/^\s*\p{Ll}/u.test(fact.text)) return false;
  return (context.article(slug)?.facts.quotes ?? []).some((q) => q.end <= fact.start && fact.start - q.end < 80 && q.sentence.start === fact.sentence.start);
}

/** The story person's fullest name when the speaker resolves to one. */
function displayName(context: QuizContext, name: string, personId: string | undefined): string {
  const person = personId ? context.story.people.find((p) => p.id === personId) : undefined;
  return person && person.name.length >= name.length ? person.name : name;
}

/** The quote's sentence names a person other than the speaker, outside the quoted words. */
function crowded(context: QuizContext, slug: string, fact: QuoteFact, speaker: string): boolean {
  const { start, end } = fact.sentence;
  const people = context.article(slug)?.facts.people ?? [];
  return people.some(
    (p) => !namesCollide(p.name, speaker) && p.mentions.some((m) => m.start >= start && m.end <= end && (m.end <= fact.start || m.start >= fact.end)),
  );
}

/** How far back a pronoun's speaker is looked for: about two paragraphs of news. */
const PRONOUN_REACH = 600;

/**
 * A quote credited through a pronoun ("…,” she said) when anyone else is
 * named in the two paragraphs or so before it: the reader cannot be sure
 * whom "she" means, and neither can the key.
 */
function unclearPronoun(context: QuizContext, slug: string, fact: QuoteFact, speaker: string): boolean {
  const mention = fact.speaker.mention;
  if (!mention || !/^(?:he|she|they|him|her|his|we)$/i.test(mention.text.trim())) return false;
  const from = Math.max(0, mention.start - PRONOUN_REACH);
  const mentions = (context.article(slug)?.facts.people ?? []).flatMap((p) =>
    p.mentions.filter((m) => m.start >= from && m.end <= mention.start && (m.end <= fact.start || m.start >= fact.end)).map((m) => ({ at: m.start, same: namesCollide(p.name, speaker) })),
  );
  // Anyone else named in reach could be the one meant: "she said" after a paragraph about a man quotes the woman before him.
  return !mentions.some((m) => m.same) || mentions.some((m) => !m.same);
}
