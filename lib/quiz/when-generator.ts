import { BLANK } from "./clause-blank.ts";
import { blankPassage } from "./passage.ts";
import { formatDate, nearbyDates } from "./date-format.ts";
import type { UsableDate } from "./date-pool.ts";
import { pickDistractors } from "./distractor-picker.ts";
import { questionId } from "./question-id.ts";
import type { Question } from "./question-schema.ts";
import type { QuizContext } from "./quiz-context.ts";

/** A weekday named in the date's words. */
const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
/** Words that date something only against when the article appeared: "on Thursday", "next June", "yesterday". */
const RELATIVE = /\b(?:today|tonight|tomorrow|yesterday|this|next|last|coming|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)\b/i;

/** Whether two values lie on the same side of the publication date (on it counts as before). */
export function sameSide(a: string, b: string, published: string): boolean {
  if (!published) return true;
  const after = (v: string) => v > published.slice(0, v.length);
  return after(a) === after(b);
}

/**
 * "When? “… ____ …”": the sentence with its date blanked. A date the
 * article writes out ("on March 11") has neighbouring dates as wrong
 * choices; one that only means something against the publication date ("on
 * Thursday", "next June") has the slips a reader makes (the same weekday a
 * week off, the day either side, the month a year off). Either way every
 * choice lies on the same side of the publication date as the answer, so
 * the tense of the sentence gives nothing away.
 */
export function whenQuestions(context: QuizContext, dates: readonly UsableDate[]): Question[] {
  const out: Question[] = [];
  for (const date of dates) {
    // "two years ago" or "last month" blanked and filled with "2019" or "May 2024" no longer reads as English.
    if (date.granularity !== "day" && !/\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.test(date.fact.text)) continue;
    const prompt = blankPassage(date.evidence, date.clause, date.blank.start, date.blank.end);
    if (!prompt || !prompt.includes(BLANK)) continue;
    const id = questionId("when", [date.storyDateId]);
    const relative = RELATIVE.test(date.fact.text) || (date.granularity === "month" && !/\d{4}/.test(date.fact.text));
    const wrong = pickDistractors(context, {
      answers: [date.value],
      forbidden: date.forbidden,
      fromStory: (relative ? slips(date.value, date.granularity) : []).filter((d) => sameSide(d, date.value, date.published)),
      // A written-out day is not asked as a memory test of one digit: its neighbours are a week or two off.
      fallback: nearbyDates(date.value, date.granularity).slice(relative || date.granularity !== "day" ? 0 : 6).filter((d) => sameSide(d, date.value, date.published)).slice(0, 6),
      count: 3,
      random: context.random(id),
    });
    if (wrong.length < 2) continue;
    // A weekday is shown only where the article names one: "11 March 2025", not a weekday it never gave.
    const weekday = WEEKDAY.test(date.fact.text) || RELATIVE.test(date.fact.text);
    const format = (value: string) => formatDate(value, weekday);
    const answer = format(date.value);
    out.push({
      id,
      kind: "when",
      prompt: `When? Fill the blank: “${prompt}”`,
      choices: [answer, ...wrong.map(format)],
      answer,
      accepted: [date.value],
      answerType: "date",
      explanation: `The article says “${date.fact.text}”${relative && date.published ? ` in a report published on ${formatDate(date.published)}` : ""}: that is ${answer}.`,
      evidence: date.evidence,
      difficulty: date.granularity === "day" ? 2 : 1,
      // Two wordings of one day ("Wednesday", "Wednesday's preview") are one fact to a student.
      factIds: [date.storyDateId, date.fact.id, `date:${date.value}`],
    });
  }
  return out;
}

/** The wrong readings of a relative date: the same weekday a week off, the day either side; the month either side or a year off. */
function slips(value: string, granularity: UsableDate["granularity"]): string[] {
  const near = nearbyDates(value, granularity);
  // `nearbyDates` lists steps -1, 1, -2, 2, -3, 3, then a week (days) or half a year (months) either way, then two weeks or a year.
  if (granularity === "day") return [near[6], near[7], near[0], near[1]].filter((v): v is string => v !== undefined);
  // "in October" names a month of one year: the slips are the months around it, not another year.
  if (granularity === "month") return [near[0], near[1], near[2], near[3]].filter((v): v is string => v !== undefined);
  return near.slice(0, 4);
}
