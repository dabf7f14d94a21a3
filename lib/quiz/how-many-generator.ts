import { BLANK } from "./clause-blank.ts";
import { blankPassage } from "./passage.ts";
import { pickDistractors } from "./distractor-picker.ts";
import { formatNumber } from "./number-format.ts";
import { ladderValues } from "./number-ladder.ts";
import { isPercent, type UsableNumber } from "./number-pool.ts";
import { questionId } from "./question-id.ts";
import type { Question } from "./question-schema.ts";
import type { QuizContext } from "./quiz-context.ts";

/**
 * A key the passage lets a reader work out: the sum or difference of two
 * other figures in it ("17,741 votes … a margin of 1,206" gives the winner's
 * 18,947), or a share the passage also writes as a fraction ("almost
 * two-thirds, 67%").
 */
function derivable(context: QuizContext, number: UsableNumber): boolean {
  const n = number.neighbours;
  const near = (a: number, key = number.shown) => Math.abs(a - key) <= key * 0.005;
  for (let i = 0; i < n.length; i++) for (let j = i + 1; j < n.length; j++) if (near(n[i]! + n[j]!) || near(Math.abs(n[i]! - n[j]!))) return true;
  // "700,000 vouchers of $30 each … $21 million": a product of two figures in view, whatever their units.
  const all = number.passageValues;
  for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) if (all[i]! > 1 && all[j]! > 1 && near(all[i]! * all[j]!, number.value)) return true;
  if (!isPercent(number)) return false;
  const body = context.article(number.evidence.article)?.body ?? "";
  const passage = body.slice(number.evidence.start, number.figure.start) + body.slice(number.figure.end, number.evidence.end);
  return /\b(?:half|halves|thirds?|quarters?|fifths?|tenths?)\b/i.test(passage);
}

/** Words before a figure that make it a floor ("more than 400") or a ceiling ("fewer than 400"). */
const BOUND = /\b(?:more than|greater than|over|above|in excess of|upwards of|at least|exceeding|topping|fewer than|less than|under|below|up to|at most|no more than)\s*$/i;

/** A figure inside brackets: an aside such as a conversion ("£40m ($52m)"), never the figure that matters. */
export function inBrackets(context: QuizContext, number: UsableNumber): boolean {
  const body = context.article(number.evidence.article)?.body ?? "";
  const before = body.slice(number.evidence.start, number.figure.start);
  return before.lastIndexOf("(") > before.lastIndexOf(")");
}

/** Whether a figure is written as a floor or a ceiling rather than plainly. */
function isBound(context: QuizContext, number: UsableNumber): boolean {
  const body = context.article(number.evidence.article)?.body ?? "";
  return BOUND.test(body.slice(Math.max(0, number.figure.start - 24), number.figure.start).replace(/(?:US)?[$€£¥₹]$/, ""));
}

/** "How many? “… ____ …”": a figure blanked, choices near the true value in the article's style. */
export function howManyQuestions(context: QuizContext, numbers: readonly UsableNumber[]): Question[] {
  const out: Question[] = [];
  for (const number of numbers) {
    // A count inside someone's quote is their claim, shown without the speaker; the article's own figures are asked.
    // "more than ____": 300 would be as true as 400, and wrong values all beyond the bound leave the key at one end,
    // where a student finds it without reading. A bound is a rounded restatement; the exact figure is asked instead.
    if (number.quoted || inBrackets(context, number) || isBound(context, number) || derivable(context, number)) continue;
    const blanked = blankPassage(number.evidence, number.clause, number.figure.start, number.figure.end);
    if (!blanked?.includes(BLANK)) continue;
    const id = questionId("how-many", [number.storyNumberId]);
    const format = (value: number) => `${number.unit.prefix}${formatNumber(value, number.spelled, number.decimals)}${number.unit.suffix}`;
    const answer = format(number.shown);
    // A wrong value printed elsewhere in the passage ("Interstate 95" beside a 70 mph limit) reads as a lift from the text.
    const printed = [...number.evidence.text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, "")));
    const limits = { decimals: number.decimals, percent: isPercent(number), neighbours: number.neighbours, avoid: printed };
    const random = context.random(id);
    const wrong = pickDistractors(context, {
      answers: [answer],
      forbidden: number.forbidden,
      fromStory: ladderValues(number.shown, limits, 3, random).map(format),
      count: 3,
      random,
    });
    if (wrong.length < 2) continue;
    out.push({
      id,
      kind: "how-many",
      prompt: `${number.unit.prefix ? "How much" : isPercent(number) ? "What percentage" : "How many"}? Fill the blank: “${blanked}”`,
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
