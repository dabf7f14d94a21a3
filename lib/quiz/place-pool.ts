import type { PlaceKind } from "../extract/fact-schema.ts";
import { evidenceFor } from "./evidence.ts";
import type { Evidence } from "./question-schema.ts";
import type { QuizContext } from "./quiz-context.ts";

/** Places below this confidence are not asked about. */
export const MIN_PLACE_CONFIDENCE = 0.8;

/** One mention of a story place, inside a clause that can be shown with the place blanked. */
export interface UsablePlace {
  storyPlaceId: string;
  factId: string;
  name: string;
  kind: PlaceKind;
  mention: { start: number; end: number; text: string };
  clause: { start: number; end: number; text: string };
  evidence: Evidence;
  /** Every place named in the same clause, and this place's spellings: never distractors. */
  forbidden: string[];
}

/** The first mention of each story place whose clause holds it and names it only once. */
export function usablePlaces(context: QuizContext): UsablePlace[] {
  const out: UsablePlace[] = [];
  for (const place of context.story.places) {
    for (const ref of place.articles) {
      const fact = context.fact(ref.slug, ref.factId);
      if (fact?.type !== "place" || fact.confidence < MIN_PLACE_CONFIDENCE) continue;
      const mention = fact.mentions.find((m) => m.clause && m.clause.start <= m.start && m.clause.end >= m.end && count(m.clause.text, m.text) === 1);
      if (!mention?.clause) continue;
      const evidence = evidenceFor(context, ref.slug, mention.clause.start, mention.clause.end);
      if (!evidence) continue;
      const clause = mention.clause;
      const sameClause = context.story.places.filter((p) =>
        p.articles.some((a) => a.slug === ref.slug && a.mentions.some((m) => m.start < clause.end && m.end > clause.start)),
      );
      const forbidden = [place.name, fact.name, fact.canonical ?? fact.name, mention.text, ...sameClause.map((p) => p.name)];
      out.push({ storyPlaceId: place.id, factId: fact.id, name: place.name, kind: place.kind, mention, clause, evidence, forbidden });
      break;
    }
  }
  return out;
}

function count(haystack: string, needle: string): number {
  return haystack.toLowerCase().split(needle.toLowerCase()).length - 1;
}
