import { z } from "zod";
import { questionKindSchema } from "../quiz/question-schema.ts";
import { versionSchema } from "./version.ts";

/** A choice as printed: its letter (A, B, …) beside a circle, then its text. */
export const letteredChoiceSchema = z.object({
  letter: z.string().regex(/^[A-Z]$/),
  text: z.string().min(1),
});
export type LetteredChoice = z.infer<typeof letteredChoiceSchema>;

/**
 * How a question is answered on paper: circle a letter (one or several),
 * write on lines, write a letter beside each item of a two-column match, or
 * number the boxes of events.
 */
export const paperFormSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("choices"), several: z.boolean(), choices: z.array(letteredChoiceSchema).min(2) }),
  z.object({ type: z.literal("lines"), lines: z.number().int().min(1).max(4) }),
  z.object({ type: z.literal("match"), items: z.array(z.string().min(1)).min(1), choices: z.array(letteredChoiceSchema).min(1) }),
  z.object({ type: z.literal("order"), events: z.array(z.string().min(1)).min(2) }),
]);
export type PaperForm = z.infer<typeof paperFormSchema>;

/** One answer of the key: what to look for, the answer in words, and where it is written. */
export const keyAnswerSchema = z.object({
  /** What a teacher ticks at a glance: "B", "A, C", "1 C · 2 A", "3 1 2", or the words to write. */
  mark: z.string().min(1),
  /** The answer in words (for a match or order question, every pair or event). */
  text: z.string().min(1),
  /** Other forms accepted for a written answer. */
  alsoAccepted: z.array(z.string().min(1)),
  /** Short references to the source sentences, like `[2] Live Mint ¶4: “…”`; empty for a teacher's question with no source. */
  references: z.array(z.string().min(1)),
});
export type KeyAnswer = z.infer<typeof keyAnswerSchema>;

export const worksheetQuestionSchema = z.object({
  /** 1-based, in the version's order. */
  number: z.number().int().min(1),
  /** The stable question id, printed small so any version can be marked with any key. */
  id: z.string().min(1),
  kind: questionKindSchema,
  prompt: z.string().min(1),
  /** What to do on paper: "Circle one letter.", "Write your answer on the line." … */
  instruction: z.string().min(1),
  paper: paperFormSchema,
  /** Only on an answer key. */
  answer: keyAnswerSchema.optional(),
});
export type WorksheetQuestion = z.infer<typeof worksheetQuestionSchema>;

/** An article of the lesson as the sources list shows it; `number` is what key references cite. */
export const worksheetSourceSchema = z.object({
  number: z.number().int().min(1),
  slug: z.string().min(1),
  outlet: z.string().min(1).optional(),
  title: z.string().min(1),
  /** YYYY-MM-DD. */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  url: z.url().optional(),
});
export type WorksheetSource = z.infer<typeof worksheetSourceSchema>;

/** A printable worksheet, or its answer key: everything the page prints and nothing else. */
export const worksheetSchema = z
  .object({
    lessonSlug: z.string().min(1),
    title: z.string().min(1),
    version: versionSchema,
    /** The online quiz's seed for this version (A = 1). */
    seed: z.number().int().min(1),
    key: z.boolean(),
    large: z.boolean(),
    /** The online quiz with the same seed, for the QR code. */
    quizUrl: z.url(),
    questions: z.array(worksheetQuestionSchema),
    sources: z.array(worksheetSourceSchema),
  })
  .superRefine((sheet, ctx) => {
    // The student's paper must never carry an answer, and a key must carry every one.
    sheet.questions.forEach((q, i) => {
      if (sheet.key !== (q.answer !== undefined)) {
        ctx.addIssue({ code: "custom", path: ["questions", i, "answer"], message: sheet.key ? "a key needs every answer" : "a student's sheet must not hold answers" });
      }
      if (q.number !== i + 1) ctx.addIssue({ code: "custom", path: ["questions", i, "number"], message: `expected ${i + 1}` });
    });
  });
export type Worksheet = z.infer<typeof worksheetSchema>;
