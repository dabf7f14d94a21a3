import type { DateFact } from "../extract/fact-schema.ts";
import { tokenize } from "../story/text-fold.ts";
import { evidenceFor } from "./evidence.ts";
import type { Evidence } from "./question-schema.ts";
import type { QuizContext } from "./quiz-context.ts";

/** Dates below this confidence are not asked about. */
export const MIN_DATE_CONFIDENCE = 0.8;

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
}

/**
 * The story's dates that are safe to ask about. A clause that two reports
 * date differently ("tomorrow" read against two publication dates) is
 * dropped altogether: its answer is in doubt.
 */
export function usableDates(context: QuizContext): UsableDate[] {
  const all = context.story.dates.flatMap((date) =>
    date.reports.map((report) => ({ date, report, fact: context.fact(report.slug, report.factId) })),
  );
  const clauseWords = (fact: DateFact | undefined) => new Set(tokenize(fact?.clause?.text ?? ""));
  const out: UsableDate[] = [];
  for (const date of context.story.dates) {
    if (date.value === null || date.granularity === "vague") continue;
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
    const evidence = evidenceFor(context, report.slug, fact.clause.start, fact.clause.end);
    if (!evidence) continue;
    out.push({ storyDateId: date.id, fact, value: date.value, granularity: date.granularity, clause: fact.clause, evidence, forbidden: values });
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
