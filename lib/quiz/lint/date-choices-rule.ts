import { answersOf, type LintRule } from "./lint-rule.ts";

/** The shape of a printed date: "Tuesday 3 August 2021" or "3 August 2021" (day), "March 2021" (month) or "2012" (year). */
function shape(text: string): "day" | "month" | "year" | null {
  if (/^(?:\p{L}+ )?\d{1,2} \p{L}+ \d{4}$/u.test(text)) return "day";
  if (/^\p{L}+ \d{4}$/u.test(text)) return "month";
  if (/^\d{4}$/.test(text)) return "year";
  return null;
}

/** "When" choices are all dates of the key's precision: a year among full dates gives itself away. */
export const dateChoicesRule: LintRule = {
  name: "date-choices",
  check(question) {
    if (question.kind !== "when" || !question.choices) return null;
    const key = shape(answersOf(question)[0] ?? "");
    if (!key) return "the key is not a printed date";
    const odd = question.choices.find((c) => shape(c) !== key);
    return odd ? `"${odd}" is not a date of the key's precision` : null;
  },
};
