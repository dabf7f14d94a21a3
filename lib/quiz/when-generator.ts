import { BLANK, replaceInClause } from "./clause-blank.ts";
import { formatDate, nearbyDates } from "./date-format.ts";
import type { UsableDate } from "./date-pool.ts";
import { pickDistractors } from "./distractor-picker.ts";
import { questionId } from "./question-id.ts";
import type { Question } from "./question-schema.ts";
import type { QuizContext } from "./quiz-context.ts";

/** "When? “… ____ …”": the clause with its date blanked, choices of the same granularity close by. */
export function whenQuestions(context: QuizContext, dates: readonly UsableDate[]): Question[] {
  const out: Question[] = [];
  for (const date of dates) {
    const prompt = replaceInClause(date.clause, date.fact.start, date.fact.end);
    if (!prompt || !prompt.includes(BLANK)) continue;
    const id = questionId("when", [date.storyDateId]);
    const wrong = pickDistractors(context, {
      answers: [date.value],
      forbidden: date.forbidden,
      fromStory: nearbyDates(date.value, date.granularity).slice(0, 6),
      count: 3,
      random: context.random(id),
    });
    if (wrong.length < 2) continue;
    const answer = formatDate(date.value);
    out.push({
      id,
      kind: "when",
      prompt: `When? Fill the blank: “${prompt}”`,
      choices: [answer, ...wrong.map(formatDate)],
      answer,
      accepted: [date.value],
      answerType: "date",
      explanation: `The article says “${date.fact.text}”, which is ${answer}.`,
      evidence: date.evidence,
      difficulty: date.granularity === "day" ? 2 : 1,
      factIds: [date.storyDateId, date.fact.id],
    });
  }
  return out;
}
