import { tokenize } from "../../story/text-fold.ts";
import type { QuizContext } from "../quiz-context.ts";
import { distractorsOf, type LintRule } from "./lint-rule.ts";

/**
 * Wrong speakers come from the story: a famous name the articles never
 * mention is ruled out without reading. Every capitalised word of a
 * distractor must be one the story uses.
 */
export const speakerChoicesRule: LintRule = {
  name: "speaker-choices",
  check(question, context) {
    if (!choicesAreNames(question) || !question.choices) return null;
    const outside = distractorsOf(question).find((name) => !inStory(context, name));
    return outside ? `"${outside}" appears nowhere in the story` : null;
  },
};

/** Every capitalised word of a name appears in the story's text. */
export function inStory(context: QuizContext, name: string): boolean {
  const words = name.match(/\p{Lu}[\p{L}'’-]*/gu) ?? [];
  return words.every((w) => tokenize(w).every((t) => context.storyWords.has(t)));
}

/** Questions whose choices are people or organisations: who said it, whom a source credits, who holds a role. */
export function choicesAreNames(question: { kind: string; prompt: string }): boolean {
  if (question.kind === "who-said") return true;
  if (question.kind === "source-check") return /\bcredit/.test(question.prompt);
  return question.kind === "role" && /^Who is the\b/.test(question.prompt);
}
