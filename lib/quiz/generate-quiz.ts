import { claimQuestions } from "./claim-generator.ts";
import { clozeQuestions } from "./cloze-generator.ts";
import { usableDates } from "./date-pool.ts";
import { howManyQuestions } from "./how-many-generator.ts";
import { lintQuestion, type LintProblem } from "./lint/lint-question.ts";
import { matchQuestions } from "./match-generator.ts";
import { usableNumbers } from "./number-pool.ts";
import { orderQuestions } from "./order-generator.ts";
import { usablePlaces } from "./place-pool.ts";
import { QUESTION_KINDS, type Question, type QuestionKind, type Quiz } from "./question-schema.ts";
import { buildContext, type QuizContext, type QuizInput } from "./quiz-context.ts";
import { settledQuotes } from "./quote-pool.ts";
import { resultQuestions } from "./result-generator.ts";
import { roleQuestions } from "./role-generator.ts";
import { saidWhatQuestions } from "./said-what-generator.ts";
import { paragraphKeys } from "./select/paragraph-keys.ts";
import { MIN_SCORE, rankQuestions } from "./select/question-rank.ts";
import { selectQuestions, type Selectable } from "./select/question-selector.ts";
import { defaultQuizLength } from "./select/quiz-length.ts";
import { balanceTrueFalse } from "./select/true-false-balance.ts";
import { shuffleQuiz } from "./shuffle-quiz.ts";
import { sourceCheckQuestions } from "./source-check-generator.ts";
import { trueFalsePairs, type TrueFalsePair } from "./true-false-generator.ts";
import { typedQuestions } from "./typed-generator.ts";
import { whenQuestions } from "./when-generator.ts";
import { whereQuestions } from "./where-generator.ts";
import { soleSpeaker, whoSaidQuestions } from "./who-said-generator.ts";

export type { QuizArticle, QuizInput } from "./quiz-context.ts";
export { shuffleQuiz };

/**
 * Kinds asked only when a teacher lists them. Judged cold on articles the
 * generator never saw, a cloze word bank is too often solved by grammar,
 * and "where?" too often answered by the story's setting or asked of a
 * place in passing; listed by a teacher who has read the article, they
 * serve.
 */
export const ON_REQUEST: ReadonlySet<QuestionKind> = new Set(["cloze", "where"]);

/** The fewest questions a default quiz aims for, when its facts allow. */
const MIN_QUESTIONS = 5;
/** What may fill a short default quiz: every kind but cloze. */
const FILL_KINDS: ReadonlySet<QuestionKind> = new Set(QUESTION_KINDS.filter((k) => k !== "cloze"));

/** Options of `generateQuiz`. */
export interface QuizOptions {
  /** Orders questions and choices. */
  seed: number;
  /**
   * Chooses which false statements and distractors are shown; defaults to
   * `seed`. Two quizzes with the same `questionSeed` and different `seed`s
   * are versions A and B: the same questions, in another order with their
   * choices in another order.
   */
  questionSeed?: number;
  /** How many questions in all, `fixed` ones included; by default the content decides (`defaultQuizLength`). */
  count?: number;
  /** Only these kinds; when absent or empty, every kind but those `ON_REQUEST`. */
  kinds?: readonly QuestionKind[];
  /** Only these difficulties (1 easy – 3 hard); all when absent or empty. */
  difficulty?: readonly (1 | 2 | 3)[];
  /** Questions already in the quiz (a teacher's own): generated ones never repeat or reveal them. */
  fixed?: readonly Selectable[];
  /** Questions other lessons of the story serve: never served again here. */
  avoid?: readonly Selectable[];
}

/** Every sound candidate, in generator order, and the two forms of each true/false statement. */
export interface Candidates {
  questions: Question[];
  trueFalse: Map<string, TrueFalsePair>;
}

/** A generated question with what the linter found wrong with it (nothing, for a kept one). */
export interface ReviewedQuestion {
  question: Question;
  problems: LintProblem[];
}

/**
 * Every question the facts allow, each with the lint problems that keep it
 * out of a quiz. What `quizwire quiz --why` prints, and how the rules are
 * tuned: a rule's rejections can be read one by one.
 */
export function reviewCandidates(input: QuizInput, questionSeed: number): ReviewedQuestion[] {
  return review(buildContext(input, questionSeed)).reviewed;
}

/**
 * Every sound question, before selection, in a fixed order: each passed
 * every lint rule (a true/false statement in both its forms), and for an id
 * that several generator attempts share, the first sound one is kept.
 */
export function candidateQuestions(input: QuizInput, questionSeed: number): Candidates {
  return soundCandidates(buildContext(input, questionSeed));
}

function soundCandidates(context: QuizContext): Candidates {
  const { reviewed, pairs } = review(context);
  const seen = new Set<string>();
  const questions: Question[] = [];
  for (const { question, problems } of reviewed) {
    if (problems.length || seen.has(question.id)) continue;
    seen.add(question.id);
    questions.push(question);
  }
  const trueFalse = new Map([...pairs].filter(([id]) => seen.has(id)));
  return { questions, trueFalse };
}

function review(context: QuizContext): { reviewed: ReviewedQuestion[]; pairs: Map<string, TrueFalsePair> } {
  const { all, pairs } = allQuestions(context);
  const reviewed = all.map((question) => {
    const pair = pairs.get(question.id);
    const forms = pair ? [pair.truthful, pair.falsified] : [question];
    const problems = forms.flatMap((q) => lintQuestion(context, q));
    // Both forms of a statement often fail alike: report each problem once.
    return { question, problems: problems.filter((p, i) => problems.findIndex((o) => o.rule === p.rule && o.message === p.message) === i) };
  });
  return { reviewed, pairs };
}

function allQuestions(context: QuizContext): { all: Question[]; pairs: Map<string, TrueFalsePair> } {
  const settled = settledQuotes(context);
  // With one speaker, every question about who said what has the same, guessable answer.
  const quotes = soleSpeaker(context) ? [] : settled;
  const dates = usableDates(context);
  const places = usablePlaces(context);
  const numbers = usableNumbers(context);
  const pairs = new Map<string, TrueFalsePair>();
  for (const pair of trueFalsePairs(context, quotes, numbers)) if (!pairs.has(pair.truthful.id)) pairs.set(pair.truthful.id, pair);
  const all = [
    ...roleQuestions(context),
    ...whoSaidQuestions(context, quotes),
    ...saidWhatQuestions(context, quotes),
    ...whenQuestions(context, dates),
    ...whereQuestions(context, places),
    ...howManyQuestions(context, numbers),
    ...resultQuestions(context),
    ...claimQuestions(context),
    ...[...pairs.values()].map((p) => p.truthful),
    ...matchQuestions(context, quotes),
    ...orderQuestions(context, dates),
    ...sourceCheckQuestions(context),
    ...typedQuestions(context, quotes, dates),
    ...clozeQuestions(context),
  ];
  return { all, pairs };
}

/**
 * Generates a quiz from a story's facts. Pure and deterministic: the same
 * input and options give the same quiz, choice order included. Candidates
 * pass the linter, are ranked by how central their fact is, and the best
 * are kept with one question per fact and per source sentence; a thin story
 * gives a shorter quiz rather than a padded or wrong one.
 */
export function generateQuiz(input: QuizInput, options: QuizOptions): Quiz {
  const questionSeed = options.questionSeed ?? options.seed;
  const kinds = options.kinds?.length ? new Set(options.kinds) : new Set(QUESTION_KINDS.filter((k) => !ON_REQUEST.has(k)));
  const levels = options.difficulty?.length ? new Set(options.difficulty) : null;
  const context = buildContext(input, questionSeed);
  const { questions, trueFalse } = soundCandidates(context);
  const allowed = (q: Question, kinds: ReadonlySet<QuestionKind>) => kinds.has(q.kind) && (!levels || levels.has(q.difficulty));
  const candidates = questions.filter((q) => allowed(q, kinds));
  const count = options.count ?? defaultQuizLength(input.articles.map((a) => a.body));
  const score = rankQuestions(context, questions);
  const select = (from: readonly Question[], room: number, fixed: readonly Selectable[], floor: number) =>
    selectQuestions(room, {
      candidates: from,
      score,
      softKeys: paragraphKeys(context),
      floor,
      // A story told by several reports gets its timeline and its speakers matched, when the facts allow.
      ...(input.articles.length > 1 ? { reserve: ["match", "order"] as const } : {}),
      fixed,
      ...(options.avoid ? { avoid: options.avoid } : {}),
    });
  // A count the teacher set is met when the facts allow, down to questions below the floor (still sound, less central).
  let chosen = select(candidates, count, options.fixed ?? [], options.count === undefined ? MIN_SCORE : 0);
  // A quiz never comes out empty or nearly so while sound questions remain: the kinds on request and the less central fill in.
  const least = Math.min(MIN_QUESTIONS, count) - (options.fixed?.length ?? 0);
  if (!options.kinds?.length && chosen.length < least) {
    const rest = questions.filter((q) => allowed(q, FILL_KINDS) && !chosen.includes(q));
    chosen = [...chosen, ...select(rest, (options.fixed?.length ?? 0) + least, [...(options.fixed ?? []), ...chosen], 0)];
  }
  const balanced = balanceTrueFalse(chosen, trueFalse, context.random("truth"));
  return shuffleQuiz({ story: input.story.story, seed: options.seed, questionSeed, questions: balanced }, options.seed);
}
