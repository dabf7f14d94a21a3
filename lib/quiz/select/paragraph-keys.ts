import type { QuizContext } from "../quiz-context.ts";
import type { Selectable } from "./question-selector.ts";

/**
 * The paragraphs a question draws on, as selector keys: "a:3" for the
 * fourth paragraph of article a. Paragraph starts are found once per
 * article, so the lookup stays linear in the bodies.
 */
export function paragraphKeys(context: QuizContext): (q: Selectable) => string[] {
  const starts = new Map<string, number[]>();
  const startsOf = (slug: string) => {
    let found = starts.get(slug);
    if (!found) {
      found = [0];
      for (const m of (context.article(slug)?.body ?? "").matchAll(/\n\s*\n/g)) found.push(m.index + m[0].length);
      starts.set(slug, found);
    }
    return found;
  };
  return (q) =>
    [q.evidence, ...(q.sources ?? [])]
      .filter((e) => e !== undefined)
      .map((e) => `paragraph:${e.article}:${startsOf(e.article).filter((s) => s <= e.start).length - 1}`);
}
