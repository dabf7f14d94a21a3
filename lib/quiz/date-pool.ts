import { MIN_KEY_CONFIDENCE } from "./key-confidence.ts";
import type { DateFact } from "../extract/fact-schema.ts";
import { tokenize } from "../story/text-fold.ts";
import { evidenceFor, quotedOutOfSight } from "./evidence.ts";
import { datelineEnd } from "./passage.ts";
import type { Evidence } from "./question-schema.ts";
import type { QuizContext } from "./quiz-context.ts";

/** Dates below this confidence are not asked about. */
export const MIN_DATE_CONFIDENCE = MIN_KEY_CONFIDENCE;

/** A date fact that can carry a question: a calendar value, its clause and its sentence. */
export interface UsableDate {
  storyDateId: string;
  fact: DateFact;
  value: string;
  granularity: "day" | "month" | "year";
  clause: { start: number; end: number; text: string };
  evidence: Evidence;
  /** Values of this and every other date reported with nearly the same clause: never distractors. */
  forbidden: string[];
  /** The words a blank takes: the date without a leading preposition ("on ____", not "____"). */
  blank: { start: number; end: number };
  /** The publication date of the report the question quotes. */
  published: string;
}

/** A clock time with no day, month or year word of its own. */
const TIME_ONLY = /^(?!.*\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|.*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|.*\b\d{4}\b|.*\b(?:today|tomorrow|yesterday|tonight)\b)(?=.*(?:\d\s*(?:a\.?m\.?|p\.?m\.?)|\bGMT\b|\bUTC\b|o'clock|\bnoon\b|\bmidnight\b|\d:\d\d))/i;

/** A date written as a weekday alone ("on Saturday", "Saturday's"), with no day of the month. */
const WEEKDAY_ONLY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

/** A preposition a blank leaves in place: "agreed on ____", "will stop production in ____". */
const LEADING_PREPOSITION = /^(?:on|in|at|by|since|from|until|till|during|before|after)\s+/i;
/** Around a date, words that make it recurring ("the first Sunday of each month", "every Tuesday"). */
const RECURRING_BEFORE = /\b(?:every|each|first|second|third|fourth|alternate)\s+$/i;
const RECURRING_AFTER = /^\s*(?:of\s+(?:each|every)|each|every)\b/i;

/**
 * The story's dates that are safe to ask about. A clause that two reports
 * date differently ("tomorrow" read against two publication dates) is
 * dropped altogether: its answer is in doubt, as is a recurring day ("the
 * first Sunday of each month"), which names no date at all.
 */
export function usableDates(context: QuizContext): UsableDate[] {
  const all = context.story.dates.flatMap((date) =>
    date.reports.map((report) => ({ date, report, fact: context.fact(report.slug, report.factId) })),
  );
  const wordSets = new Map<string, Set<string>>();
  const clauseWords = (fact: DateFact | undefined) => {
    const key = `${fact?.article}\u0000${fact?.id}`;
    let set = wordSets.get(key);
    if (!set) wordSets.set(key, (set = new Set(tokenize(fact?.clause?.text ?? ""))));
    return set;
  };
  const out: UsableDate[] = [];
  for (const date of context.story.dates) {
    if (date.value === null || date.granularity === "vague") continue;
    // "at 10 a.m." dates an event only through the day around it; the blank would ask for a clock time.
    if (date.reports.every((r) => TIME_ONLY.test(r.text))) continue;
    const report = date.reports.find((r) => {
      const f = context.fact(r.slug, r.factId);
      return f?.type === "date" && f.confidence >= MIN_DATE_CONFIDENCE && f.clause !== undefined;
    });
    const fact = report && context.fact(report.slug, report.factId);
    if (!report || fact?.type !== "date" || !fact.clause) continue;
    const words = clauseWords(fact);
    const near = all.filter(({ fact: other }) => other?.type === "date" && similarity(words, clauseWords(other)) >= 0.6);
    const values = [...new Set(near.map(({ date: d }) => d.value).filter((v): v is string => v !== null))];
    if (values.some((v) => v !== date.value && v.length === date.value!.length)) continue;
    const evidence = evidenceFor(context, report.slug, fact.start, fact.end);
    if (!evidence || quotedOutOfSight(context, evidence, fact.start, fact.end)) continue;
    const body = context.article(report.slug)?.body ?? "";
    // A dateline's date ("NAIROBI, July 27 — ") says when the story was filed, not when anything happened.
    if (fact.start < datelineEnd(body)) continue;
    if (RECURRING_BEFORE.test(body.slice(Math.max(0, fact.start - 20), fact.start)) || RECURRING_AFTER.test(body.slice(fact.end, fact.end + 20)) || /days\b/i.test(fact.text)) continue;
    const published = context.story.articles.find((a) => a.slug === report.slug)?.published ?? "";
    // A coming weekday ("the final on Saturday") may be weeks away: only a past one ("met on Tuesday") is sure of its week.
    if (WEEKDAY_ONLY.test(fact.text) && date.value > published) continue;
    const lead = LEADING_PREPOSITION.exec(fact.text)?.[0].length ?? 0;
    // The whole sentence may be shown: another date in it would be right in its own place.
    const inSentence = (context.article(report.slug)?.facts.dates ?? [])
      .filter((d) => d.id !== fact.id && d.start < evidence.end && d.end > evidence.start && d.value !== null)
      .map((d) => d.value!);
    out.push({
      storyDateId: date.id,
      fact,
      value: date.value,
      granularity: date.granularity,
      clause: fact.clause,
      evidence,
      forbidden: [...new Set([...values, ...inSentence])],
      blank: { start: fact.start + lead, end: fact.end },
      published,
    });
  }
  return out;
}

/** Share of the smaller word set found in the larger. */
function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}
