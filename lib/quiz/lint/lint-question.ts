import type { Question } from "../question-schema.ts";
import type { QuizContext } from "../quiz-context.ts";
import { blankContextRule } from "./blank-context-rule.ts";
import { blankWordRule } from "./blank-word-rule.ts";
import { chooseAllRule } from "./choose-all-rule.ts";
import { dateChoicesRule } from "./date-choices-rule.ts";
import { dateDirectionRule } from "./date-direction-rule.ts";
import { furnitureRule } from "./furniture-rule.ts";
import { grammarFitRule } from "./grammar-fit-rule.ts";
import type { LintProblem, LintRule } from "./lint-rule.ts";
import { nameShapeRule } from "./name-shape-rule.ts";
import { numberChoicesRule } from "./number-choices-rule.ts";
import { placeBlankRule } from "./place-blank-rule.ts";
import { placeChoicesRule } from "./place-choices-rule.ts";
import { quoteMarksRule } from "./quote-marks-rule.ts";
import { quotedDateRule } from "./quoted-date-rule.ts";
import { sourceLabelRule } from "./source-label-rule.ts";
import { speakerChoicesRule } from "./speaker-choices-rule.ts";
import { statementRule } from "./statement-rule.ts";
import { wellFormedRule } from "./well-formed-rule.ts";

export type { LintProblem, LintRule } from "./lint-rule.ts";

/**
 * Every rule a generated question passes before it is kept, structure first:
 * the later rules read the prompt and choices the first one vouches for.
 */
export const LINT_RULES: readonly LintRule[] = [
  wellFormedRule,
  sourceLabelRule,
  quoteMarksRule,
  furnitureRule,
  blankContextRule,
  blankWordRule,
  grammarFitRule,
  placeBlankRule,
  placeChoicesRule,
  dateChoicesRule,
  numberChoicesRule,
  quotedDateRule,
  dateDirectionRule,
  statementRule,
  chooseAllRule,
  speakerChoicesRule,
  nameShapeRule,
];

/** What is wrong with a question: every failing rule, or nothing when it may be asked. */
export function lintQuestion(context: QuizContext, question: Question, rules: readonly LintRule[] = LINT_RULES): LintProblem[] {
  const problems: LintProblem[] = [];
  for (const rule of rules) {
    const message = rule.check(question, context);
    if (message !== null) {
      problems.push({ rule: rule.name, message });
      // Later rules assume a well-formed question.
      if (rule === wellFormedRule) break;
    }
  }
  return problems;
}
