import type { PlaceKind } from "../extract/fact-schema.ts";
import { BUNDLED_CITIES, BUNDLED_CONTINENTS, BUNDLED_COUNTRIES } from "./bundled-distractors.ts";
import { namesCollide } from "./choice-fold.ts";
import { pickDistractors } from "./distractor-picker.ts";
import type { UsablePlace } from "./place-pool.ts";
import type { QuizContext } from "./quiz-context.ts";

/** Story places of one kind, then the bundled list for that kind: country for country, city for city. */
export function placeCandidates(context: QuizContext, kind: PlaceKind): { fromStory: string[]; bundled: readonly string[] } {
  const fromStory = context.story.places.filter((p) => p.kind === kind).map((p) => p.name);
  const bundled = kind === "country" ? BUNDLED_COUNTRIES : kind === "city" ? BUNDLED_CITIES : kind === "continent" ? BUNDLED_CONTINENTS : [];
  return { fromStory, bundled };
}

/** Wrong places for a place: of the same kind, never one the story also ties to this mention. */
export function placeDistractors(context: QuizContext, place: UsablePlace, count: number, stream: string): string[] {
  return pickDistractors(context, {
    answers: [place.name],
    forbidden: place.forbidden,
    ...placeCandidates(context, place.kind),
    collide: namesCollide,
    count,
    random: context.random(stream),
  });
}
