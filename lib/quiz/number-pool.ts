import type { NumberFact } from "../extract/fact-schema.ts";
import { foldChoice } from "./choice-fold.ts";
import { evidenceFor } from "./evidence.ts";
import { numberWordValue } from "./number-format.ts";
import type { Evidence } from "./question-schema.ts";
import type { QuizContext } from "./quiz-context.ts";

/** Numbers below this confidence are not asked about. */
export const MIN_NUMBER_CONFIDENCE = 0.8;

/** A number that can be blanked: the digits or number word inside its span, and its clause. */
export interface UsableNumber {
  storyNumberId: string;
  fact: NumberFact;
  value: number;
  /** The stretch to blank: "30" of "30-day", "two" of "two". */
  figure: { start: number; end: number; text: string };
  spelled: boolean;
  clause: { start: number; end: number; text: string };
  evidence: Evidence;
  /** Values of other numbers in the same clause: they would be right in their own place. */
  forbidden: number[];
}

/** One usable report per distinct (value, what is counted), first report first. */
export function usableNumbers(context: QuizContext): UsableNumber[] {
  const seen = new Set<string>();
  const out: UsableNumber[] = [];
  for (const number of context.story.numbers) {
    const key = `${number.value}\u0000${foldChoice(number.counted)}`;
    if (seen.has(key)) continue;
    for (const report of number.reports) {
      const fact = context.fact(report.slug, report.factId);
      if (fact?.type !== "number" || fact.confidence < MIN_NUMBER_CONFIDENCE) continue;
      const figure = figureOf(fact);
      const article = context.article(report.slug);
      if (!figure || !article) continue;
      const evidence = evidenceFor(context, report.slug, fact.start, fact.end);
      if (!evidence) continue;
      const clause = fact.clause && fact.clause.start <= fact.start && fact.clause.end >= fact.end ? fact.clause : evidence;
      const forbidden = article.facts.numbers.filter((n) => n.id !== fact.id && n.start < clause.end && n.end > clause.start).map((n) => n.value);
      seen.add(key);
      out.push({ storyNumberId: number.id, fact, value: number.value, ...figure, clause, evidence, forbidden });
      break;
    }
  }
  return out;
}

/** The figure inside a number's span, when the span starts with digits or a number word that give its value. */
function figureOf(fact: NumberFact): { figure: UsableNumber["figure"]; spelled: boolean } | null {
  const digits = /^\d[\d,]*(\.\d+)?/.exec(fact.text);
  if (digits && Number(digits[0].replace(/,/g, "")) === fact.value) {
    return { figure: { start: fact.start, end: fact.start + digits[0].length, text: digits[0] }, spelled: false };
  }
  const word = /^[A-Za-z]+/.exec(fact.text);
  if (word && numberWordValue(word[0]) === fact.value) {
    return { figure: { start: fact.start, end: fact.start + word[0].length, text: word[0] }, spelled: true };
  }
  return null;
}
