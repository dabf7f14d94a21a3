import { sentenceStarts } from "../../extract/sentence-bounds.ts";
import { speechVerbForm } from "../../extract/speech-verb-lexicon.ts";
import { tokenize } from "../../story/text-fold.ts";
import { isContentWord } from "../lint/content-words.ts";
import type { Question, QuestionKind } from "../question-schema.ts";
import type { QuizContext } from "../quiz-context.ts";

/**
 * The least score a generated question needs: a background year ("opened in
 * 1952"), a speech date or a word game far down the article ranks below it.
 */
export const MIN_SCORE = 0.25;

/**
 * How much a teacher would want each kind, other things equal: who holds
 * which position, who said what and the numbers that matter first; word
 * games last.
 */
export const KIND_WEIGHT: Readonly<Record<QuestionKind, number>> = {
  role: 1,
  "who-said": 0.95,
  "how-many": 0.9,
  result: 0.95,
  claim: 0.88,
  "source-check": 0.85,
  when: 0.8,
  where: 0.7,
  "true-false": 0.8,
  match: 0.75,
  "said-what": 0.7,
  order: 0.6,
  typed: 0.55,
  cloze: 0.45,
  choice: 1,
};

/**
 * How central a question's fact is to the story, 0..1, times its kind's
 * weight. Central means: near the top of its article (the lead carries the
 * event), sharing words with the headline, carried by several outlets, and
 * about the people and places the story mentions most.
 */
export function rankQuestions(context: QuizContext, questions: readonly Question[]): Map<string, number> {
  const ranker = createRanker(context);
  const published = Math.max(0, ...context.story.articles.map((a) => Number(a.published.slice(0, 4)) || 0));
  const lead = leadOnly(context);
  return new Map(questions.map((q) => [q.id, KIND_WEIGHT[q.kind] * (0.3 + 0.7 * ranker(q)) * background(q, published) * speechDate(context, q) * lead(q)]));
}

/** Years this far before publication are background ("built in 1847"), seldom the story's point. */
const BACKGROUND_YEARS = 3;

/** 0.4 for a "when" question about the distant past ("opened in 1952"), else 1. */
function background(q: Question, published: number): number {
  if (q.kind !== "when" && !(q.kind === "typed" && q.answerType === "date")) return 1;
  const year = Number(/\b(\d{4})\b/.exec(Array.isArray(q.answer) ? q.answer[0]! : q.answer)?.[1]);
  return year && published - year > BACKGROUND_YEARS ? 0.4 : 1;
}

/** Sentences from the top of an article where the dates that matter are given: the event's day is in the lead. */
const LEAD_SENTENCES = 4;

/**
 * 0.6 for a "when" question below an article's lead: later dates are the
 * background (an earlier round of talks, the day a fan met a player). A
 * "how many" question is weighed by where its figure stands and what it is.
 */
function leadOnly(context: QuizContext): (q: Question) => number {
  const starts = new Map<string, number[]>();
  const leads = new Map<string, Set<string>>();
  // The content words of an article's first two sentences, once per article.
  const leadWords = (slug: string, found: readonly number[]) => {
    let words = leads.get(slug);
    if (!words) {
      const body = context.article(slug)?.body ?? "";
      leads.set(slug, (words = new Set(tokenize(body.slice(0, found[2] ?? body.length)).filter(isContentWord))));
    }
    return words;
  };
  return (q) => {
    const isDate = q.kind === "when" || (q.kind === "typed" && q.answerType === "date");
    const figureStatement = q.kind === "true-false" && !/ said “/.test(q.prompt);
    if (!isDate && q.kind !== "how-many" && !figureStatement) return 1;
    let found = starts.get(q.evidence.article);
    if (!found) starts.set(q.evidence.article, (found = sentenceStarts(context.article(q.evidence.article)?.body ?? "")));
    const index = lowerBound(found, q.evidence.start);
    if (isDate) return index < LEAD_SENTENCES ? 1 : 0.6;
    // A figure far down the article (how many people came, how many spoke) is seldom one that matters;
    // a sum of money usually is, and a small count in words ("six routes") less so.
    if (figureStatement) return index < 2 * LEAD_SENTENCES ? 1 : 0.75;
    const answer = String(q.answer);
    // "the forum's 640 members", "its 11 seats": the size of something the story only mentions.
    const size = ownedCount(context, q) ? 0.5 : 1;
    const weight = size * (/^(?:US)?[$€£¥₹]/.test(answer) ? 1.15 : /^[a-z]+$/.test(answer) ? 0.85 : 1);
    if (index < LEAD_SENTENCES) return weight;
    // Below the lead, a figure about what the lead is about still matters; one about something else is background.
    return weight * (sharesTopic(q, leadWords(q.evidence.article, found)) ? 0.8 : 0.4);
  };
}

/** A figure right after a possessive ("the forum's 640 members", "its 11 seats"): a size that describes, not an event's count. */
function ownedCount(context: QuizContext, q: Question): boolean {
  const fact = q.factIds.map((id) => context.fact(q.evidence.article, id)).find((f) => f?.type === "number");
  if (!fact) return false;
  const body = context.article(q.evidence.article)?.body ?? "";
  return /(?:\p{L}['’]s|\b(?:its|their))\s+(?:about|around|some|nearly|roughly)?\s*$/iu.test(body.slice(Math.max(0, fact.start - 30), fact.start));
}

/** Whether a question's sentence shares two content words with its article's lead. */
function sharesTopic(q: Question, lead: ReadonlySet<string>): boolean {
  return tokenize(q.evidence.text).filter((w) => isContentWord(w) && lead.has(w)).length >= 2;
}

/**
 * 0.3 for a "when" question about the day someone spoke ("said … during a
 * preview for reporters on Wednesday"): when words were said is seldom what
 * a story is about.
 */
function speechDate(context: QuizContext, q: Question): number {
  if (q.kind !== "when" && !(q.kind === "typed" && q.answerType === "date")) return 1;
  const fact = q.factIds.map((id) => context.fact(q.evidence.article, id)).find((f) => f?.type === "date");
  if (!fact) return 1;
  const body = context.article(q.evidence.article)?.body ?? "";
  const before = body.slice(Math.max(q.evidence.start, fact.start - 80), fact.start);
  return [...before.matchAll(/\p{Ll}+/gu)].some((w) => speechVerbForm(w[0]) === "finite") ? 0.3 : 1;
}

function createRanker(context: QuizContext): (q: Question) => number {
  const starts = new Map<string, number[]>();
  const titles = new Map<string, Set<string>>();
  for (const { slug } of context.story.articles) {
    const article = context.article(slug);
    starts.set(slug, sentenceStarts(article?.body ?? ""));
    titles.set(slug, new Set(tokenize(article?.title ?? "").filter(isContentWord)));
  }
  const articles = Math.max(1, context.story.articles.length);
  const mentions = prominence(context);
  const topMention = Math.max(1, ...mentions.values());
  return (q) => {
    const slug = q.evidence.article;
    const index = lowerBound(starts.get(slug) ?? [0], q.evidence.start);
    const position = 1 / (1 + index / 3);
    const title = titles.get(slug) ?? new Set();
    const words = new Set(tokenize(q.evidence.text).filter(isContentWord));
    const headline = title.size ? [...title].filter((w) => words.has(w)).length / title.size : 0;
    const corroboration = articles > 1 ? Math.min(1, (reportCount(context, q) - 1) / (articles - 1)) : 0;
    const people = Math.max(0, ...[...mentions].filter(([name]) => q.prompt.includes(name) || answerNames(q).includes(name)).map(([, n]) => n / topMention));
    return 0.45 * position + 0.25 * Math.min(1, headline * 1.5) + 0.15 * corroboration + 0.15 * people;
  };
}

/** Mentions of each story person and place, across the story. */
function prominence(context: QuizContext): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of context.story.people) out.set(p.name, p.facts.reduce((n, f) => n + f.mentions, 0));
  for (const p of context.story.places) out.set(p.name, p.articles.reduce((n, a) => n + a.mentions.length, 0));
  return out;
}

function answerNames(q: Question): string[] {
  return Array.isArray(q.answer) ? q.answer : [q.answer];
}

/** How many articles carry the question's main fact. */
function reportCount(context: QuizContext, q: Question): number {
  const id = q.factIds[0];
  const { quotes, dates, numbers, places, people } = context.story;
  const group = quotes.find((g) => g.id === id);
  if (group) return group.outlets.length;
  const date = dates.find((d) => d.id === id);
  if (date) return date.corroboratedBy;
  const number = numbers.find((n) => n.id === id);
  if (number) return number.corroboratedBy;
  const place = places.find((p) => p.id === id);
  if (place) return new Set(place.articles.map((a) => a.slug)).size;
  const person = people.find((p) => p.id === id);
  return person ? new Set(person.facts.map((f) => f.slug)).size : 1;
}

/** Index of the last sentence start at or before `offset`. */
function lowerBound(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1);
}
