import { z } from "zod";

/**
 * The teacher's sidecar `content/articles/<slug>.facts.yaml`: three lists,
 * each entry naming one fact by a few of its words.
 *
 * ```yaml
 * fix:
 *   - quote: "Enough deaths"          # words of the quote (case and quote marks ignored)
 *     speaker: Emmanuel Macron
 *   - date: "on Tuesday"
 *     value: 2025-03-18
 * drop:
 *   - quote: "going well"
 *     note: not a quote, a paraphrase  # optional, for other teachers
 * add:
 *   - quote: "exact words from the article"
 *     speaker: White House
 *     speakerKind: organisation        # person (default), organisation or group
 *   - person: Kaja Kallas
 *     role: EU foreign policy chief
 *   - place: Riyadh
 *     kind: city
 *   - date: "last August"
 *     value: 2024-08
 *   - number: "2,500"
 *     value: 2500
 *     counted: soldier deaths each week
 * ```
 */

const DATE_VALUE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar day. */
export function isCalendarValue(value: string): boolean {
  const match = DATE_VALUE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  if (Number(month) < 1 || Number(month) > 12) return false;
  if (day === undefined) return true;
  const days = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return Number(day) >= 1 && Number(day) <= days;
}

const words = z.string().trim().min(1);
const note = z.string().optional();

/** A date value; a bare year may come through YAML as a number. */
export const dateValueSchema = z.preprocess(
  (value) => (typeof value === "number" && Number.isInteger(value) ? String(value) : value),
  z.string().refine(isCalendarValue, { error: (issue) => `expected a date like 2025-03-18 (or 2025-03, or 2025), got ${JSON.stringify(issue.input)}` }),
);

export const speakerKindInputSchema = z.enum(["person", "organisation", "group"]);

export const fixQuoteSchema = z.strictObject({ quote: words, speaker: words, speakerKind: speakerKindInputSchema.optional(), note });
export const fixDateSchema = z.strictObject({ date: words, value: dateValueSchema, note });
export const fixEntrySchema = z.union([fixQuoteSchema, fixDateSchema]);
export type FixEntry = z.infer<typeof fixEntrySchema>;

/** The fact kinds a sidecar can name, as entry keys. */
export const TARGETS = ["quote", "date", "person", "place", "number"] as const;
export type Target = (typeof TARGETS)[number];

export const dropEntrySchemas = {
  quote: z.strictObject({ quote: words, note }),
  date: z.strictObject({ date: words, note }),
  person: z.strictObject({ person: words, note }),
  place: z.strictObject({ place: words, note }),
  number: z.strictObject({ number: words, note }),
} as const;
export const dropEntrySchema = z.union(Object.values(dropEntrySchemas));
export type DropEntry = z.infer<typeof dropEntrySchema>;

export const addEntrySchemas = {
  quote: fixQuoteSchema,
  date: fixDateSchema,
  person: z.strictObject({ person: words, role: words.optional(), note }),
  place: z.strictObject({ place: words, kind: z.enum(["country", "city", "region", "site", "water", "continent", "other"]).optional(), note }),
  number: z.strictObject({ number: words, value: z.number(), counted: words, note }),
} as const;
export const addEntrySchema = z.union(Object.values(addEntrySchemas));
export type AddEntry = z.infer<typeof addEntrySchema>;

/** Which targets each list accepts: only speakers and date values can be fixed in place. */
export const fixEntrySchemas = { quote: fixQuoteSchema, date: fixDateSchema } as const;

export const correctionsSchema = z.strictObject({
  fix: z.array(fixEntrySchema).default([]),
  drop: z.array(dropEntrySchema).default([]),
  add: z.array(addEntrySchema).default([]),
});
export type Corrections = z.infer<typeof correctionsSchema>;

/** The three lists, in the order they are applied (drops, then fixes, then additions). */
export const SECTIONS = ["fix", "drop", "add"] as const;
export type Section = (typeof SECTIONS)[number];

/** Entry schemas per list and target. */
export const sectionSchemas: Record<Section, Partial<Record<Target, z.ZodType>>> = {
  fix: fixEntrySchemas,
  drop: dropEntrySchemas,
  add: addEntrySchemas,
};
