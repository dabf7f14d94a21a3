import { answersOf, type LintRule } from "./lint-rule.ts";
import { isContentWord } from "./content-words.ts";

/** Cloze and typed-term blanks hide a content word of the story, never a filler ("simply", "almost", "because"). */
export const blankWordRule: LintRule = {
  name: "blank-word",
  check(question) {
    const isTerm = question.kind === "cloze" || (question.kind === "typed" && question.answerType === "term");
    if (!isTerm) return null;
    const [answer] = answersOf(question);
    const words = (answer ?? "").split(/\s+/);
    if (!words.some(isContentWord)) return `the blank hides a filler word ("${answer}")`;
    return null;
  },
};
