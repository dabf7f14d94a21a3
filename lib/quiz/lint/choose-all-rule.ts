import { answersOf, type LintRule } from "./lint-rule.ts";

/** "Choose all that apply" is said exactly when more than one choice is right. */
export const chooseAllRule: LintRule = {
  name: "choose-all",
  check(question) {
    const says = /choose all that apply/i.test(question.prompt);
    const several = answersOf(question).length > 1 && question.kind !== "match" && question.kind !== "order";
    if (says && !several) return `"Choose all that apply" with one right answer`;
    if (several && !says) return "several right answers but the prompt does not say so";
    return null;
  },
};
