import { BLANK } from "./clause-blank.ts";
import { blankPassage } from "./passage.ts";
import { pickDistractors } from "./distractor-picker.ts";
import { formatNumber, nearbyNumbers } from "./number-format.ts";
import type { UsableNumber } from "./number-pool.ts";
import { questionId } from "./question-id.ts";
import type { Question } from "./question-schema.ts";
import type { QuizContext } from "./quiz-context.ts";

/**
 * Wrong values a reader could believe: near the key, and possible for what
 * it measures. A percentage stays at or under 100; a precise measure ("52.31
 * seconds", "4.7 per cent") moves by a few per cent, not by a half.
 */
function plausible(number: UsableNumber): number[] {
  const near = number.decimals >= 2 ? tightNeighbours(number.shown, number.decimals) : nearbyNumbers(number.shown);
  return /percent|per cent|%/.test(number.fact.counted) || /%$/.test(number.figure.text) ? near.filter((v) => v <= 100) : near;
}

/** Values a few per cent off a precise measure, printed with its decimals. */
function tightNeighbours(value: number, decimals: number): number[] {
  const step = 10 ** -decimals;
  return [1.02, 0.98, 1.035, 0.965, 1.05, 0.95].map((r) => Math.round((value * r) / step) * step).map((v) => Number(v.toFixed(decimals))).filter((v) => v !== value);
}

/** Words before a figure that make it a floor ("more than 400") or a ceiling ("fewer than 400"). */
const LOWER_BOUND = /\b(?:more than|greater than|over|above|in excess of|upwards of|at least|exceeding|topping)\s*$/i;
const UPPER_BOUND = /\b(?:fewer than|less than|under|below|up to|at most|no more than)\s*$/i;

/** A figure inside brackets: an aside such as a conversion ("£40m ($52m)"), never the figure that matters. */
export function inBrackets(context: QuizContext, number: UsableNumber): boolean {
  const body = context.article(number.evidence.article)?.body ?? "";
  const before = body.slice(number.evidence.start, number.figure.start);
  return before.lastIndexOf("(") > before.lastIndexOf(")");
}

/** Whether a figure is written as a floor or a ceiling, or plainly. */
function boundOf(context: QuizContext, number: UsableNumber): "lower" | "upper" | null {
  const body = context.article(number.evidence.article)?.body ?? "";
  const before = body.slice(Math.max(0, number.figure.start - 24), number.figure.start).replace(/(?:US)?[$€£¥₹]$/, "");
  return LOWER_BOUND.test(before) ? "lower" : UPPER_BOUND.test(before) ? "upper" : null;
}

/** "How many? “… ____ …”": a figure blanked, choices near the true value in the article's style. */
export function howManyQuestions(context: QuizContext, numbers: readonly UsableNumber[]): Question[] {
  const out: Question[] = [];
  for (const number of numbers) {
    // A count inside someone's quote is their claim, shown without the speaker; the article's own figures are asked.
    if (number.quoted || inBrackets(context, number)) continue;
    const blanked = blankPassage(number.evidence, number.clause, number.figure.start, number.figure.end);
    if (!blanked?.includes(BLANK)) continue;
    const id = questionId("how-many", [number.storyNumberId]);
    const format = (value: number) => `${number.unit.prefix}${formatNumber(value, number.spelled, number.decimals)}${number.unit.suffix}`;
    const answer = format(number.shown);
    // "more than ____": 300 would be as true as 400, so every wrong choice lies beyond the bound.
    const bound = boundOf(context, number);
    const wrong = pickDistractors(context, {
      answers: [answer],
      forbidden: number.forbidden,
      fromStory: plausible(number)
        .filter((v) => (bound === "lower" ? v > number.shown : bound === "upper" ? v < number.shown : true))
        .map(format),
      count: 3,
      random: context.random(id),
    });
    if (wrong.length < 2) continue;
    out.push({
      id,
      kind: "how-many",
      prompt: `${number.unit.prefix ? "How much" : "How many"}? Fill the blank: “${blanked}”`,
      choices: [answer, ...wrong],
      answer,
      accepted: [number.unit.prefix ? answer : String(number.value)],
      answerType: "number",
      explanation: `The article gives the figure as “${number.figure.text}”${number.fact.counted ? ` (${number.fact.counted})` : ""}.`,
      evidence: number.evidence,
      difficulty: number.value > 100 ? 2 : 1,
      factIds: [number.storyNumberId, number.fact.id],
    });
  }
  return out;
}
