import { z } from "zod";

/**
 * The fact model: everything quizwire knows about an article, each fact with
 * provenance. Offsets are UTF-16 code-unit indices into the article body,
 * half-open `[start, end)`, so `body.slice(start, end) === text` always holds.
 */

/** A stretch of the article body with the exact text it covers. */
export const spanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Span = z.infer<typeof spanSchema>;

const factBase = {
  /** Stable across runs: derived from kind, article and offsets (see `factId`). */
  id: z.string().min(1),
  /** Slug of the article the fact was read from. */
  article: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** `body.slice(start, end)`: the evidence. */
  text: z.string(),
  /** 0..1; questions are generated only from confident facts. */
  confidence: z.number().min(0).max(1),
  /** Set when a teacher's `.facts.yaml` sidecar changed or added the fact. */
  corrected: z.boolean().optional(),
};

export const speakerKindSchema = z.enum(["person", "organisation", "group", "unknown"]);
export type SpeakerKind = z.infer<typeof speakerKindSchema>;

/** Who a quote is credited to, as resolved by the extractor. */
export const speakerSchema = z.object({
  /** Canonical name ("Donald Trump", "White House"); null when unresolved. */
  name: z.string().nullable(),
  kind: speakerKindSchema,
  /** The person fact's id when the speaker is a person found in the article. */
  personId: z.string().optional(),
  /** The words in the text that name the speaker ("he", "the Ukrainian president"). */
  mention: spanSchema.optional(),
});
export type Speaker = z.infer<typeof speakerSchema>;

export const quoteFactSchema = z.object({
  ...factBase,
  type: z.literal("quote"),
  speaker: speakerSchema,
  /** "full" for 5 or more words, otherwise "fragment". */
  kind: z.enum(["full", "fragment"]),
  /** The speech verb as written ("said", "told reporters", "according to"). */
  verb: z.string().optional(),
  /** Where the words were published, when given ("X", "Truth Social"). */
  channel: z.string().optional(),
  /** The sentence (or paragraph run) holding the quote and its attribution. */
  sentence: spanSchema,
});
export type QuoteFact = z.infer<typeof quoteFactSchema>;

export const mentionSchema = spanSchema;
export type Mention = z.infer<typeof mentionSchema>;

export const personFactSchema = z.object({
  ...factBase,
  type: z.literal("person"),
  /** Fullest name seen ("Volodymyr Zelensky"). */
  name: z.string().min(1),
  /** Other forms that refer to the same person (surname, spelling variants). */
  aliases: z.array(z.string()),
  /** Roles exactly as written ("UK Foreign Secretary"). */
  roles: z.array(z.string()),
  mentions: z.array(mentionSchema),
});
export type PersonFact = z.infer<typeof personFactSchema>;

export const placeKindSchema = z.enum(["country", "city", "region", "site", "water", "continent", "other"]);
export type PlaceKind = z.infer<typeof placeKindSchema>;

/** The clause a date or place belongs to: who did what, for when/where questions. */
export const clauseSchema = spanSchema;
export type Clause = z.infer<typeof clauseSchema>;

export const placeFactSchema = z.object({
  ...factBase,
  type: z.literal("place"),
  name: z.string().min(1),
  /** Gazetteer name shared by all spellings ("United States" for "U.S."); for joining across articles. */
  canonical: z.string().optional(),
  kind: placeKindSchema,
  mentions: z.array(mentionSchema.extend({ clause: clauseSchema.optional() })),
});
export type PlaceFact = z.infer<typeof placeFactSchema>;

export const dateGranularitySchema = z.enum(["day", "month", "year", "vague"]);
export type DateGranularity = z.infer<typeof dateGranularitySchema>;

export const dateFactSchema = z.object({
  ...factBase,
  type: z.literal("date"),
  /** "2025-03-18", "2025-03" or "2025"; null for vague spans ("recent weeks"). */
  value: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable(),
  granularity: dateGranularitySchema,
  /** The clause the date belongs to. */
  clause: clauseSchema.optional(),
});
export type DateFact = z.infer<typeof dateFactSchema>;

export const numberFactSchema = z.object({
  ...factBase,
  type: z.literal("number"),
  value: z.number(),
  /** What is counted, as written ("soldier deaths each week", "day ceasefire"). */
  counted: z.string(),
  clause: clauseSchema.optional(),
});
export type NumberFact = z.infer<typeof numberFactSchema>;

export const factSchema = z.discriminatedUnion("type", [
  quoteFactSchema,
  personFactSchema,
  placeFactSchema,
  dateFactSchema,
  numberFactSchema,
]);
export type Fact = z.infer<typeof factSchema>;

/** All facts of one article. */
export const articleFactsSchema = z.object({
  article: z.string(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  quotes: z.array(quoteFactSchema),
  people: z.array(personFactSchema),
  places: z.array(placeFactSchema),
  dates: z.array(dateFactSchema),
  numbers: z.array(numberFactSchema),
});
export type ArticleFacts = z.infer<typeof articleFactsSchema>;
