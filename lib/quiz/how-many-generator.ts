import { BLANK, replaceInClause } from "./clause-blank.ts";
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
    const blanked = replaceInClause(number.clause, number.figure.start, number.figure.end);
    if (!blanked?.includes(BLANK)) continue;
    const id = questionId("how-many", [number.storyNumberId]);
    const format = (value: number) => formatNumber(value, number.spelled);
    const answer = format(number.value);
    const wrong = pickDistractors(context, {
      answers: [answer],
      forbidden: number.forbidden.map(format),
      fromStory: nearbyNumbers(number.value).map(format),
      count: 3,
      random: context.random(id),
    });
    if (wrong.length < 2) continue;
    out.push({
      id,
      kind: "how-many",
      prompt: `How many? Fill the blank: “${blanked}”`,
      choices: [answer, ...wrong],
      answer,
      accepted: [String(number.value)],
      answerType: "number",
      explanation: `The article gives the figure as “${number.figure.text}”${number.fact.counted ? ` (${number.fact.counted})` : ""}.`,
      evidence: number.evidence,
      difficulty: number.value > 100 ? 2 : 1,
      factIds: [number.storyNumberId, number.fact.id],
    });
  }
  return out;
}
