import type { LessonQuestion } from "../quiz/lesson-quiz.ts";
import { takesSeveral } from "../quiz/several-answers.ts";
import type { LetteredChoice, PaperForm } from "./worksheet-schema.ts";

/** What a paper form needs of a question: the browser's questions and `LessonQuestion` both fit. */
export type PaperQuestion = Pick<LessonQuestion, "kind" | "choices" | "answer" | "items">;

/** "A" for 0, "B" for 1 … the letter printed beside a choice. */
export function choiceLetter(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index > 25) throw new RangeError(`no letter for choice ${index + 1}: a question has at most 26 choices`);
  return String.fromCharCode(65 + index);
}

/** Choices with their letters, in the order given (the version's order). */
export function lettered(choices: readonly string[]): LetteredChoice[] {
  return choices.map((text, i) => ({ letter: choiceLetter(i), text }));
}

/** Whether a question is answered by marking several choices: the player's rule (`lib/quiz/several-answers.ts`). */
export { takesSeveral };

/** Long written answers get a second line so handwriting fits. */
const ONE_LINE_CHARS = 32;

/** How a question is answered on paper, with its choices in the order given. */
export function paperForm(question: PaperQuestion): PaperForm {
  const choices = question.choices ?? [];
  if (question.kind === "match") return { type: "match", items: [...(question.items ?? [])], choices: lettered(choices) };
  if (question.kind === "order") return { type: "order", events: [...choices] };
  if (!choices.length) {
    const longest = Math.max(...(Array.isArray(question.answer) ? question.answer : [question.answer]).map((a) => a.length));
    return { type: "lines", lines: longest > ONE_LINE_CHARS ? 2 : 1 };
  }
  return { type: "choices", several: takesSeveral(question), choices: lettered(choices) };
}

/**
 * The prompt as paper says it: the online quiz asks to "Type the date…",
 * a pen writes it. Nothing else of the question's wording changes.
 */
export function paperPrompt(prompt: string, form: PaperForm): string {
  return form.type === "lines" ? prompt.replace(/^Type\b/, "Write") : prompt;
}

/** The one-line instruction printed under a prompt. */
export function paperInstruction(form: PaperForm): string {
  switch (form.type) {
    case "choices":
      return form.several ? "Circle every right letter: there may be more than one." : "Circle one letter.";
    case "lines":
      return "Write your answer on the line.";
    case "match":
      return "Write the letter of the matching answer in the box beside each numbered item.";
    case "order":
      return `Number the boxes from 1 (earliest) to ${form.events.length} (latest).`;
  }
}
