import { containsTokens, tokenize } from "../../story/text-fold.ts";
import { printsSame } from "../choice-fold.ts";
import { questionSchema } from "../question-schema.ts";
import { answersOf, type LintRule } from "./lint-rule.ts";

/**
 * The structural guarantees: the schema holds, the answer is among the
 * choices exactly once, no two choices print alike, there is a wrong choice,
 * and every evidence sentence is sliced exactly from its article.
 */
export const wellFormedRule: LintRule = {
  name: "well-formed",
  check(question, context) {
    if (!questionSchema.safeParse(question).success) return "does not match the question schema";
    const answers = answersOf(question);
    if (new Set(answers.map((a) => tokenize(a).join(" "))).size !== answers.length) return "two answers read alike";
    const choices = question.choices;
    if (choices) {
      for (let i = 0; i < choices.length; i++) {
        for (let j = i + 1; j < choices.length; j++) if (printsSame(choices[i]!, choices[j]!)) return "two choices print the same";
      }
      for (const answer of answers) if (choices.filter((c) => c === answer).length !== 1) return "an answer is not among the choices exactly once";
      if (question.kind !== "match" && question.kind !== "order" && choices.length <= answers.length) return "no wrong choice";
    } else if (!question.accepted?.length) {
      return "a typed question without accepted answers";
    }
    for (const evidence of [question.evidence, ...(question.sources ?? [])]) {
      const body = context.article(evidence.article)?.body;
      if (body === undefined || body.slice(evidence.start, evidence.end) !== evidence.text) return "evidence does not match its article";
    }
    if (question.kind === "who-said") {
      const quoted = /“(.*)”/s.exec(question.prompt)?.[1] ?? "";
      if (!containsTokens(tokenize(question.evidence.text), tokenize(quoted))) return "the evidence does not hold the quote";
    }
    return null;
  },
};
