import { z } from "zod";

/**
 * Schema version 1, as the first release stored it: a flat list of
 * attempts with the score as a percentage, the time as an ISO string, no
 * attempt ids, no quiz id, no responses and no per-question history.
 *
 * ```json
 * { "version": 1, "attempts": [
 *   { "lesson": "ceasefire-talks", "seed": 7, "takenAt": "2025-03-18T09:30:00.000Z",
 *     "score": 67, "answers": [{ "questionId": "who-said:q1", "correct": true }] } ] }
 * ```
 *
 * Kept only so `migrations.ts` can read it; nothing writes it any more.
 */
export const progressV1Schema = z.object({
  version: z.literal(1),
  attempts: z.array(
    z.object({
      lesson: z.string().min(1),
      seed: z.number().int(),
      takenAt: z.iso.datetime({ offset: true }),
      /** 0–100. */
      score: z.number().min(0).max(100),
      /** Absent in attempts saved before answers were recorded. */
      answers: z.array(z.object({ questionId: z.string().min(1), correct: z.boolean() })).optional(),
    }),
  ),
});
export type ProgressV1 = z.infer<typeof progressV1Schema>;
