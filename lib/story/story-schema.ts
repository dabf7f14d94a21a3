import { z } from "zod";
import { mentionSchema, placeKindSchema, speakerKindSchema, speakerSchema, dateGranularitySchema } from "../extract/fact-schema.ts";

/**
 * What one story (several outlets' reports of the same event) says once its
 * articles are merged. Every merged item keeps references back to the
 * article facts it came from, so nothing is asserted without a source.
 */

/** An article as it takes part in the story. */
export const storyArticleSchema = z.object({
  slug: z.string().min(1),
  outlet: z.string().optional(),
  published: z.string(),
  title: z.string().optional(),
});
export type StoryArticle = z.infer<typeof storyArticleSchema>;

/** Where a merged item came from: one fact of one article. */
export const factRefSchema = z.object({
  slug: z.string(),
  outlet: z.string().optional(),
  factId: z.string(),
});
export type FactRef = z.infer<typeof factRefSchema>;

export const storyPersonSchema = z.object({
  /** Hash of the sorted member facts. */
  id: z.string(),
  /** The name most outlets use; ties go to the longer, then the first in code-unit order. */
  name: z.string(),
  /** Every other name and alias seen, spelling variants included. */
  aliases: z.array(z.string()),
  /** Every role exactly as each outlet wrote it. */
  roles: z.array(z.object({ role: z.string(), slug: z.string(), outlet: z.string().optional() })),
  facts: z.array(factRefSchema.extend({ name: z.string(), mentions: z.number().int().nonnegative() })),
});
export type StoryPerson = z.infer<typeof storyPersonSchema>;

/** A speaker once resolved across the story: `personId` is a story person's id. */
export const storySpeakerSchema = z.object({
  name: z.string(),
  kind: speakerKindSchema,
  personId: z.string().optional(),
});
export type StorySpeaker = z.infer<typeof storySpeakerSchema>;

export const quoteReportSchema = factRefSchema.extend({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  confidence: z.number().min(0).max(1),
  /** The speaker exactly as this article credits it. */
  speaker: speakerSchema,
  /** The story person the credited speaker resolves to, when one does. */
  storyPersonId: z.string().optional(),
  corrected: z.boolean(),
});
export type QuoteReport = z.infer<typeof quoteReportSchema>;

export const quoteGroupSchema = z.object({
  id: z.string(),
  /** The longest report's text. */
  text: z.string(),
  reports: z.array(quoteReportSchema),
  /** Distinct outlets carrying the quote; an article without an outlet counts as its own (its slug). */
  outlets: z.array(z.string()),
  corroboratedBy: z.number().int().positive(),
  /** Set only when every report that names a speaker names the same one; null otherwise. */
  speaker: storySpeakerSchema.nullable(),
});
export type QuoteGroup = z.infer<typeof quoteGroupSchema>;

/**
 * `contradiction`: different people or bodies; `organisation-member`: an
 * organisation and a person whose role names it (the White House and its
 * press secretary). Both are shown; neither is ever resolved automatically.
 */
export const conflictKindSchema = z.enum(["contradiction", "organisation-member"]);
export type ConflictKind = z.infer<typeof conflictKindSchema>;

export const conflictSchema = z.object({
  id: z.string(),
  quoteGroupId: z.string(),
  text: z.string(),
  attributions: z.array(
    z.object({
      speaker: storySpeakerSchema,
      articles: z.array(factRefSchema.extend({ corrected: z.boolean() })),
    }),
  ),
  kind: conflictKindSchema,
});
export type Conflict = z.infer<typeof conflictSchema>;

export const storyPlaceSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: placeKindSchema,
  articles: z.array(factRefSchema.extend({ mentions: z.array(mentionSchema) })),
});
export type StoryPlace = z.infer<typeof storyPlaceSchema>;

export const storyDateSchema = z.object({
  id: z.string(),
  value: z.string().nullable(),
  granularity: dateGranularitySchema,
  reports: z.array(factRefSchema.extend({ text: z.string(), clause: z.string().optional() })),
  corroboratedBy: z.number().int().positive(),
});
export type StoryDate = z.infer<typeof storyDateSchema>;

export const storyNumberSchema = z.object({
  id: z.string(),
  value: z.number(),
  /** The most common wording of what is counted. */
  counted: z.string(),
  reports: z.array(factRefSchema.extend({ text: z.string(), counted: z.string() })),
  corroboratedBy: z.number().int().positive(),
});
export type StoryNumber = z.infer<typeof storyNumberSchema>;

/**
 * The merged story. Sort orders: articles by (published, slug); people and
 * places by name; quote groups, conflicts, dates and numbers by their first
 * report; reports by article order then offset.
 */
export const storyFactsSchema = z.object({
  story: z.string(),
  articles: z.array(storyArticleSchema),
  people: z.array(storyPersonSchema),
  quotes: z.array(quoteGroupSchema),
  conflicts: z.array(conflictSchema),
  places: z.array(storyPlaceSchema),
  dates: z.array(storyDateSchema),
  numbers: z.array(storyNumberSchema),
});
export type StoryFacts = z.infer<typeof storyFactsSchema>;
