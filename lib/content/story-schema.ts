import { z } from "zod";
import { slugSchema } from "./article-frontmatter-schema.ts";

/** One story in `content/stories.yaml`: an event that several articles report. */
export const storyEntrySchema = z.strictObject({
  title: z
    .string({ error: (issue) => (issue.input === undefined ? 'required: add a line like title: "The March 2025 ceasefire call"' : "expected text") })
    .trim()
    .min(1, { error: "is empty: give the story a title" }),
  summary: z.string({ error: "expected text: one or two sentences about the event" }).trim().min(1).optional(),
});

/** `content/stories.yaml`: story slug → title and summary. */
export const storiesFileSchema = z.record(slugSchema, storyEntrySchema, {
  error: "expected story entries like  my-story-slug:  followed by an indented title:",
});

/** A story with its slug. */
export type Story = z.infer<typeof storyEntrySchema> & { slug: string };
