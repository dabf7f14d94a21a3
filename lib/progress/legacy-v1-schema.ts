import * as g from "./guard.ts";

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
export const progressV1Schema = g.object({
  version: g.literal(1),
  attempts: g.array(
    g.object({
      lesson: g.string({ min: 1 }),
      seed: g.number({ int: true }),
      takenAt: g.isoDateTime(),
      /** 0–100. */
      score: g.number({ min: 0, max: 100 }),
      /** Absent in attempts saved before answers were recorded. */
      answers: g.optional(g.array(g.object({ questionId: g.string({ min: 1 }), correct: g.boolean() }))),
    }),
  ),
});
export type ProgressV1 = g.Infer<typeof progressV1Schema>;
