import { clozeQuestions } from "./cloze-generator.ts";
import { usableDates } from "./date-pool.ts";
import { howManyQuestions } from "./how-many-generator.ts";
import { matchQuestions } from "./match-generator.ts";
import { usableNumbers } from "./number-pool.ts";
import { orderQuestions } from "./order-generator.ts";
import { usablePlaces } from "./place-pool.ts";
import { rejectReason } from "./question-validator.ts";
import type { Question, QuestionKind, Quiz } from "./question-schema.ts";
import { selectQuestions } from "./question-selector.ts";
import { buildContext, type QuizContext, type QuizInput } from "./quiz-context.ts";
import { settledQuotes } from "./quote-pool.ts";
import { saidWhatQuestions } from "./said-what-generator.ts";
import { streamFor } from "./seeded-random.ts";
import { shuffleQuiz } from "./shuffle-quiz.ts";
import { sourceCheckQuestions } from "./source-check-generator.ts";
import { trueFalseQuestions } from "./true-false-generator.ts";
import { typedQuestions } from "./typed-generator.ts";
import { whenQuestions } from "./when-generator.ts";
import { whereQuestions } from "./where-generator.ts";
import { whoSaidQuestions } from "./who-said-generator.ts";

export type { QuizArticle, QuizInput } from "./quiz-context.ts";
export { shuffleQuiz };

/** Options of `generateQuiz`. */
export interface QuizOptions {
  /** Orders questions and choices. */
  seed: number;
  /**
   * Chooses which questions are asked and their distractors; defaults to
   * `seed`. Two quizzes with the same `questionSeed` and different `seed`s
   * are versions A and B: the same questions, in another order with their
   * choices in another order.
   */
  questionSeed?: number;
  /** How many questions; all sound candidates when fewer. Default 30. */
  count?: number;
  /** Only these kinds; all when absent or empty. */
  kinds?: readonly QuestionKind[];
  /** Only these difficulties (1 easy – 3 hard); all when absent or empty. */
  difficulty?: readonly (1 | 2 | 3)[];
}

/** Default length: a lesson's worth. */
export const DEFAULT_COUNT = 30;

/**
 * Every sound question the facts allow, before selection, in a fixed order.
 * Each candidate has passed `rejectReason`: answer among the choices exactly
 * once, no two choices alike, evidence sliced from its article.
 */
export function candidateQuestions(input: QuizInput, questionSeed: number): Question[] {
  const context = buildContext(input, questionSeed);
  return allQuestions(context).filter((q) => rejectReason(context, q) === null);
}

function allQuestions(context: QuizContext): Question[] {
  const quotes = settledQuotes(context);
  const dates = usableDates(context);
  const places = usablePlaces(context);
  const numbers = usableNumbers(context);
  const all = [
    ...whoSaidQuestions(context, quotes),
    ...saidWhatQuestions(context, quotes),
    ...whenQuestions(context, dates),
    ...whereQuestions(context, places),
    ...howManyQuestions(context, numbers),
    ...trueFalseQuestions(context, quotes, places, numbers),
    ...matchQuestions(context, quotes),
    ...orderQuestions(context, dates),
    ...sourceCheckQuestions(context),
    ...typedQuestions(context, quotes, dates),
    ...clozeQuestions(context),
  ];
  const seen = new Set<string>();
  return all.filter((q) => !seen.has(q.id) && seen.add(q.id));
}

/**
 * Generates a quiz from a story's facts. Pure and deterministic: the same
 * input and options give the same quiz, choice order included. Questions the
 * facts cannot support with a certain key are not generated, so a thin story
 * gives a shorter quiz rather than a wrong one.
 */
export function generateQuiz(input: QuizInput, options: QuizOptions): Quiz {
  const questionSeed = options.questionSeed ?? options.seed;
  const kinds = options.kinds?.length ? new Set(options.kinds) : null;
  const levels = options.difficulty?.length ? new Set(options.difficulty) : null;
  const candidates = candidateQuestions(input, questionSeed).filter(
    (q) => (!kinds || kinds.has(q.kind)) && (!levels || levels.has(q.difficulty)),
  );
  const chosen = selectQuestions(candidates, options.count ?? DEFAULT_COUNT, streamFor(questionSeed, "select"));
  return shuffleQuiz({ story: input.story.story, seed: options.seed, questionSeed, questions: chosen }, options.seed);
}
