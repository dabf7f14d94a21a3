import { BLANK } from "./clause-blank.ts";
import { blankPassage, capitalize, displayQuote } from "./passage.ts";
import { formatDate, WEEKDAYS } from "./date-format.ts";
import type { UsableDate } from "./date-pool.ts";
import { questionId } from "./question-id.ts";
import type { Question } from "./question-schema.ts";
import type { QuizContext } from "./quiz-context.ts";
import type { SettledQuote } from "./quote-pool.ts";

/**
 * Typed recall, checked leniently by `checkAnswer`: the surname of a person
 * who said a full quote, and the day of a dated clause. Typed questions are
 * the hardest, so only unambiguous facts qualify: a person with a first name
 * and surname, a date precise to the day.
 */
export function typedQuestions(context: QuizContext, quotes: readonly SettledQuote[], dates: readonly UsableDate[]): Question[] {
  const out: Question[] = [];
  for (const quote of quotes) {
    if (quote.speakerKind !== "person" || quote.fact.kind !== "full" || quote.speaker.trim().split(/\s+/).length < 2) continue;
    const person = context.story.people.find((p) => p.name === quote.speaker);
    out.push({
      id: questionId("typed", [quote.group.id], "surname"),
      kind: "typed",
      prompt: `Type the surname of the person who said “${displayQuote(quote.text)}”.`,
      answer: quote.speaker,
      accepted: [quote.speaker, ...(person?.aliases ?? [])],
      answerType: "name",
      explanation: `${capitalize(context.sourceLabel(quote.evidence.article))} credits these words to ${quote.speaker}.`,
      evidence: quote.evidence,
      difficulty: 3,
      factIds: [quote.group.id],
    });
  }
  for (const date of dates) {
    if (date.granularity !== "day") continue;
    const blanked = blankPassage(date.evidence, date.clause, date.blank.start, date.blank.end);
    if (!blanked?.includes(BLANK)) continue;
    const answer = formatDate(date.value);
    const allowWeekday = WEEKDAYS.some((day) => date.fact.text.toLowerCase().includes(day.toLowerCase()));
    out.push({
      id: questionId("typed", [date.storyDateId], "date"),
      kind: "typed",
      prompt: `Type the date that fills the blank: “${blanked}”`,
      answer,
      accepted: [date.value],
      answerType: "date",
      ...(allowWeekday ? { allowWeekday } : {}),
      explanation: `The article says “${date.fact.text}”, which is ${answer}.`,
      evidence: date.evidence,
      difficulty: 3,
      factIds: [date.storyDateId, date.fact.id, `date:${date.value}`],
    });
  }
  return out;
}
