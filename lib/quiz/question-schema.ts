import { z } from "zod";

/**
 * The question model shared by the generator, the answer checker, the CLI and
 * the app. Every question carries the sentence it rests on, so a teacher can
 * always see why the key is what it is.
 */

export const questionKindSchema = z.enum([
  "who-said",
  "said-what",
  "when",
  "where",
  "how-many",
  "true-false",
  "match",
  "order",
  "source-check",
  "typed",
  "cloze",
  /** Who holds which position: "Who is Karoline Leavitt?" */
  "role",
  /** Whether the article states something as fact or reports it as someone's claim, and whose. */
  "claim",
  /** A match score or a vote tally: "beat Charleston ____". */
  "result",
  /** Only hand-written (`<Question>` in a lesson); never generated. */
  "choice",
]);
export type QuestionKind = z.infer<typeof questionKindSchema>;

/** Every kind. */
export const QUESTION_KINDS: readonly QuestionKind[] = questionKindSchema.options;

/** Where the answer can be read: `body.slice(start, end) === text`, the whole sentence holding the fact. */
export const evidenceSchema = z.object({
  article: z.string().min(1),
  outlet: z.string().optional(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().min(1),
});
export type Evidence = z.infer<typeof evidenceSchema>;

/** How a typed response is compared with the accepted answers (see `checkAnswer`). */
export const answerTypeSchema = z.enum(["name", "date", "number", "term"]);
export type AnswerType = z.infer<typeof answerTypeSchema>;

export const questionSchema = z.object({
  /** Stable: derived from the kind and the fact ids, never from the seed. */
  id: z.string().min(1),
  kind: questionKindSchema,
  prompt: z.string().min(1),
  /** Absent for typed questions. */
  choices: z.array(z.string().min(1)).min(2).optional(),
  /** One string; an array for several (source-check), pairs in `items` order (match) or time order (order). */
  answer: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  /** Typed and cloze: every form accepted as written, compared as `answerType` says. */
  accepted: z.array(z.string().min(1)).optional(),
  answerType: answerTypeSchema.optional(),
  /** Typed date questions whose article names the weekday: "Tuesday" is a right answer too. */
  allowWeekday: z.boolean().optional(),
  /** Match: the left-hand side (speakers); `answer[i]` is the choice that goes with `items[i]`. */
  items: z.array(z.string().min(1)).optional(),
  explanation: z.string().min(1),
  evidence: evidenceSchema,
  /** Match, order and source-check rest on several sentences; `evidence` is the first. */
  sources: z.array(evidenceSchema).optional(),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  factIds: z.array(z.string().min(1)).min(1),
});
export type Question = z.infer<typeof questionSchema>;

export const quizSchema = z.object({
  story: z.string(),
  /** Orders the questions and their choices. */
  seed: z.number().int(),
  /** Chooses the question set and the distractors; equal for versions A and B of one quiz. */
  questionSeed: z.number().int(),
  questions: z.array(questionSchema),
});
export type Quiz = z.infer<typeof quizSchema>;
