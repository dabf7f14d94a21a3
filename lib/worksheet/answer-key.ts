import type { LessonQuestion } from "../quiz/lesson-quiz.ts";
import type { KeyAnswer, LetteredChoice, PaperForm } from "./worksheet-schema.ts";

/** What a key answer needs of a question, its choices already in the version's order. */
export type KeyQuestion = Pick<LessonQuestion, "id" | "answer" | "accepted" | "allowWeekday" | "items">;

const WEEKDAY = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

const answersOf = (q: KeyQuestion) => (Array.isArray(q.answer) ? q.answer : [q.answer]);

function letterOf(q: KeyQuestion, choices: readonly LetteredChoice[], answer: string): string {
  const found = choices.find((c) => c.text === answer);
  // The generators and the lesson parser check this; a miss means a broken question, and a wrong key is worse than no build.
  if (!found) throw new Error(`question ${q.id}: its answer "${answer}" is not one of its choices`);
  return found.letter;
}

function positionOf(q: KeyQuestion, answers: readonly string[], event: string): number {
  const at = answers.indexOf(event);
  if (at < 0) throw new Error(`question ${q.id}: the event "${event}" is missing from its time order`);
  return at + 1;
}

/**
 * The key's answer to one question as printed in `form` (so letters and
 * box numbers match that version's paper), without its source references.
 */
export function keyAnswer(q: KeyQuestion, form: PaperForm): Omit<KeyAnswer, "references"> {
  const answers = answersOf(q);
  switch (form.type) {
    case "choices":
      return { mark: answers.map((a) => letterOf(q, form.choices, a)).sort().join(", "), text: answers.join("; "), alsoAccepted: [] };
    case "match":
      return {
        mark: form.items.map((_, i) => `${i + 1} ${letterOf(q, form.choices, answers[i] ?? "")}`).join(" · "),
        text: form.items.map((item, i) => `${item}: ${answers[i]}`).join("; "),
        alsoAccepted: [],
      };
    case "order":
      // The student numbers the boxes as printed; the key gives each printed box its number.
      return {
        mark: form.events.map((event) => String(positionOf(q, answers, event))).join(", "),
        text: answers.map((event, i) => `${i + 1}. ${event}`).join(" "),
        alsoAccepted: [],
      };
    case "lines": {
      const weekday = q.allowWeekday ? answers[0]?.match(WEEKDAY)?.[1] : undefined;
      const also = [...(q.accepted ?? []), ...(weekday ? [weekday] : [])].filter((form) => !answers.includes(form));
      return { mark: answers.join("; "), text: answers.join("; "), alsoAccepted: [...new Set(also)] };
    }
  }
}
