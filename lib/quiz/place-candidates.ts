import { gazetteer } from "../extract/gazetteer.ts";
import type { PlaceKind } from "../extract/fact-schema.ts";
import { namesCollide } from "./choice-fold.ts";
import { pickDistractors } from "./distractor-picker.ts";
import type { UsablePlace } from "./place-pool.ts";
import type { QuizContext } from "./quiz-context.ts";

/** How many of a domain's largest places the bundled pool offers: well-known enough to be plausible. */
const DOMAIN_POOL = 15;

/**
 * Story places of one kind, then the gazetteer's places of the same kind in
 * the same domain: other cities of the key's country, other countries of its
 * continent, other regions of its country. Never a capital of another
 * continent for a small American town, never an ocean among cities.
 */
export function placeCandidates(context: QuizContext, place: Pick<UsablePlace, "name" | "kind">): { fromStory: string[]; bundled: readonly string[] } {
  const g = gazetteer();
  const canonicalOf = (name: string) => g.lookup(name)?.canonical ?? name;
  const domainOf = (name: string) => g.domainOf(canonicalOf(name), place.kind);
  const own = domainOf(place.name);
  // A city named beside its country ("in ____, Canada") must have cities of that country beside it.
  const fromStory = context.story.places.filter((p) => p.kind === place.kind && (!own || !domainOf(p.name) || domainOf(p.name) === own)).map((p) => p.name);
  // Countries come only from the story: a list of far-off countries beside it gives the story's own away.
  return { fromStory, bundled: place.kind === "country" ? [] : domainPlaces(canonicalOf(place.name), place.kind, own, context) };
}

/** The gazetteer's places comparable to one (its canonical name and domain), largest first. */
function domainPlaces(canonical: string, kind: PlaceKind, own: string | undefined, context: QuizContext): readonly string[] {
  // A city or region the gazetteer does not place takes the country the story names most.
  const domain = own ?? (kind === "city" || kind === "region" ? storyCountry(context) : undefined);
  return domain ? gazetteer().namesInDomain(kind, domain).filter((n) => n !== canonical).slice(0, DOMAIN_POOL) : [];
}

/** The country the story's places belong to most often (a country named, or the country of a city or region), if any. */
function storyCountry(context: QuizContext): string | undefined {
  const g = gazetteer();
  const votes = new Map<string, number>();
  for (const p of context.story.places) {
    const canonical = g.lookup(p.name)?.canonical ?? p.name;
    const code = p.kind === "country" ? g.countryCode(canonical) : p.kind === "city" || p.kind === "region" ? g.domainOf(canonical, p.kind) : undefined;
    const mentions = p.articles.reduce((n, a) => n + a.mentions.length, 0);
    if (code) votes.set(code, (votes.get(code) ?? 0) + mentions);
  }
  return [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

/** Wrong places for a place: of the same kind and domain, never one the story also ties to this mention. */
export function placeDistractors(context: QuizContext, place: UsablePlace, count: number, stream: string): string[] {
  return pickDistractors(context, {
    answers: [place.name],
    forbidden: place.forbidden,
    ...placeCandidates(context, place),
    collide: namesCollide,
    count,
    random: context.random(stream),
  });
}
