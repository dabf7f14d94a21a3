import { printsSame } from "./choice-fold.ts";
import { removeFromClause } from "./clause-blank.ts";
import { leansBack, PRONOUN_START } from "./lint/blank-context-rule.ts";
import type { UsableDate } from "./date-pool.ts";
import { questionId } from "./question-id.ts";
import type { Question } from "./question-schema.ts";
import type { QuizContext } from "./quiz-context.ts";

/** Events per question: three is the least that tests an order, five the most a student can hold. */
const MIN_EVENTS = 3;
const MAX_EVENTS = 5;

/**
 * "Put these events in time order." Events are clauses with their dates
 * removed; only day-precise dates take part, each on a different day, so the
 * key has exactly one right order.
 */
export function orderQuestions(context: QuizContext, dates: readonly UsableDate[]): Question[] {
  const events: { date: UsableDate; text: string }[] = [];
  for (const date of dates.filter((d) => d.granularity === "day")) {
    // Someone's "tomorrow" is dated from when they spoke, which the article seldom gives.
    if (context.quoted(date.evidence.article, date.fact.start, date.fact.end)) continue;
    const text = removeFromClause(date.clause, date.fact.start, date.fact.end);
    // A clause that starts mid-sentence ("who met …") or carries quoted words is not an event a student can place.
    if (!text || text.split(/\s+/).length < 5 || !/^[\p{Lu}\d]/u.test(text) || /[“”"‘]|(?<!\p{L})’/u.test(text)) continue;
    // "The previous one took place…", "He met…": an event a student can place names what happened.
    if (PRONOUN_START.test(text) || leansBack(text)) continue;
    if (events.some((e) => e.date.value === date.value || printsSame(e.text, text))) continue;
    events.push({ date, text });
  }
  const out: Question[] = [];
  const random = context.random("order");
  const pool = random.shuffle(events);
  for (let at = 0; at + MIN_EVENTS <= pool.length; at += MAX_EVENTS) {
    const set = pool.slice(at, at + MAX_EVENTS).sort((a, b) => (a.date.value < b.date.value ? -1 : 1));
    out.push({
      id: questionId("order", set.map((e) => e.date.storyDateId)),
      kind: "order",
      prompt: "Put these events in the order they happened, earliest first.",
      choices: set.map((e) => e.text),
      answer: set.map((e) => e.text),
      explanation: `In order: ${set.map((e) => `${e.date.fact.text} (${e.date.value})`).join(", then ")}.`,
      evidence: set[0]!.date.evidence,
      sources: set.map((e) => e.date.evidence),
      difficulty: set.length > 3 ? 3 : 2,
      factIds: [...set.map((e) => e.date.storyDateId), ...set.map((e) => e.date.fact.id)],
    });
  }
  return out;
}
