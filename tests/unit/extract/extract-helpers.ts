import type { ExtractionContext } from "../../../lib/extract/types.ts";

/** A context for one invented body, with a pinned publication day. */
export function contextFor(text: string, published = "2024-06-05"): ExtractionContext {
  return { article: "test", text, published, debug: () => {} };
}
