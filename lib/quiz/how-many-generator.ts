import { BLANK } from "./clause-blank.ts";
import { blankPassage } from "./passage.ts";
import { pickDistractors } from "./distractor-picker.ts";
import { formatNumber, nearbyNumbers } from "./number-format.ts";
import type { UsableNumber } from "./number-pool.ts";
import { questionId } from "./question-id.ts";
import type { Question } from "./question-schema.ts";
import type { QuizContext } from "./quiz-context.ts";

/** "How many? “… ____ …”": a figure blanked, choices near the true value in the article's style. */
export function howManyQuestions(context: QuizContext, numbers: readonly UsableNumber[]): Question[] {
  const out: Question[] = [];
  for (const number of numbers) {
    // A count inside someone's quote is their claim, shown without the speaker; the article's own figures are asked.
    if (number.quoted) continue;
    const blanked = blankPassage(number.evidence, number.clause, number.figure.start, number.figure.end);
    if (!blanked?.includes(BLANK)) continue;
    const id = questionId("how-many", [number.storyNumberId]);
    const format = (value: number) => `${number.unit.prefix}${formatNumber(value, number.spelled, number.decimals)}${number.unit.suffix}`;
    const answer = format(number.shown);
    const wrong = pickDistractors(context, {
      answers: [answer],
      forbidden: number.forbidden,
      fromStory: nearbyNumbers(number.shown).map(format),
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
