import type { PlaceKind } from "../extract/fact-schema.ts";
import { BUNDLED_CITIES, BUNDLED_CONTINENTS, BUNDLED_COUNTRIES } from "./bundled-distractors.ts";
import type { QuizContext } from "./quiz-context.ts";

/** Story places of one kind, then the bundled list for that kind: country for country, city for city. */
export function placeCandidates(context: QuizContext, kind: PlaceKind): { fromStory: string[]; bundled: readonly string[] } {
  const fromStory = context.story.places.filter((p) => p.kind === kind).map((p) => p.name);
  const bundled = kind === "country" ? BUNDLED_COUNTRIES : kind === "city" ? BUNDLED_CITIES : kind === "continent" ? BUNDLED_CONTINENTS : [];
  return { fromStory, bundled };
}
