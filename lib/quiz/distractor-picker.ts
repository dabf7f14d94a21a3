import { tokenize } from "../story/text-fold.ts";
import { printsSame } from "./choice-fold.ts";
import type { QuizContext } from "./quiz-context.ts";
import type { Random } from "./seeded-random.ts";

/** What one question needs in wrong answers. */
export interface DistractorRequest {
  /** Every right answer of the question. */
  answers: readonly string[];
  /** Everything else the story makes right or nearly right (other credits of a quote, aliases): never shown. */
  forbidden?: readonly string[];
  /** Same-type candidates from this story, tried first: they are the plausible ones. */
  fromStory: readonly string[];
  /** Same-type candidates from the story that are less apt (people named but not quoted), tried next. */
  fallback?: readonly string[];
  /** Generic candidates of the key's own domain (cities of its country), tried when the story runs out. */
  bundled?: readonly string[];
  /** When a candidate reads as another value (a name variant, the same date). Printing the same always counts. */
  collide?: (a: string, b: string) => boolean;
  count: number;
  random: Random;
}

/**
 * Picks up to `count` distractors: story candidates in seeded order, then the
 * fallback ones, then bundled ones whose last word the story never uses (a
 * bundled name that appears in an article may well be a right answer the
 * extractor missed). A candidate
 * is taken only if it collides with no answer, nothing forbidden and no
 * distractor already taken, so no two choices print alike.
 */
export function pickDistractors(context: QuizContext, request: DistractorRequest): string[] {
  const collide = (a: string, b: string) => printsSame(a, b) || (request.collide?.(a, b) ?? false);
  const blocked = [...request.answers, ...(request.forbidden ?? [])];
  const picked: string[] = [];
  const consider = (candidate: string) => {
    if (picked.length >= request.count || !candidate.trim()) return;
    if (blocked.some((b) => collide(candidate, b)) || picked.some((p) => collide(candidate, p))) return;
    picked.push(candidate);
  };
  for (const candidate of request.random.shuffle(unique(request.fromStory))) consider(candidate);
  for (const candidate of request.random.shuffle(unique(request.fallback ?? []))) consider(candidate);
  const outside = (request.bundled ?? []).filter((name) => !context.storyWords.has(tokenize(name).at(-1) ?? ""));
  for (const candidate of request.random.shuffle(outside)) consider(candidate);
  return picked;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}
