import { MIN_KEY_CONFIDENCE } from "./key-confidence.ts";
import type { PlaceKind } from "../extract/fact-schema.ts";
import { evidenceFor, quotedOutOfSight } from "./evidence.ts";
import { datelineEnd } from "./passage.ts";
import type { Evidence } from "./question-schema.ts";
import type { QuizContext } from "./quiz-context.ts";

/** Places below this confidence are not asked about. */
export const MIN_PLACE_CONFIDENCE = MIN_KEY_CONFIDENCE;

/** One mention of a story place, inside a clause that can be shown with the place blanked. */
export interface UsablePlace {
  storyPlaceId: string;
  factId: string;
  name: string;
  kind: PlaceKind;
  mention: { start: number; end: number; text: string };
  clause: { start: number; end: number; text: string };
  evidence: Evidence;
  /** Inside someone's quoted words. */
  quoted: boolean;
  /** Every place named in the same sentence, and this place's spellings: never distractors. */
  forbidden: string[];
}

/**
 * Every mention of a confident story place whose sentence names it once, in
 * story order: a generator takes the first that makes a sound question (a
 * "where" question needs a mention used as a location, not the first one).
 */
export function usablePlaces(context: QuizContext): UsablePlace[] {
  const out: UsablePlace[] = [];
  // A dateline ("NAIROBI, July 27 — ") says where the story was filed, not where anything happened.
  const datelines = new Map(context.story.articles.map(({ slug }) => {
    const body = context.article(slug)?.body ?? "";
    return [slug, datelineEnd(body)] as const;
  }));
  for (const place of context.story.places) {
    for (const ref of place.articles) {
      const fact = context.fact(ref.slug, ref.factId);
      if (fact?.type !== "place" || fact.confidence < MIN_PLACE_CONFIDENCE) continue;
      for (const mention of fact.mentions) {
        if (!mention.clause || mention.clause.start > mention.start || mention.clause.end < mention.end || mention.start < (datelines.get(ref.slug) ?? 0)) continue;
        const evidence = evidenceFor(context, ref.slug, mention.start, mention.end);
        if (!evidence || count(evidence.text, mention.text) !== 1 || quotedOutOfSight(context, evidence, mention.start, mention.end)) continue;
        // The whole sentence may be shown: every place named in it could fill the blank.
        const sameSentence = context.story.places.filter((p) =>
          p.articles.some((a) => a.slug === ref.slug && a.mentions.some((m) => m.start < evidence.end && m.end > evidence.start)),
        );
        const forbidden = [place.name, fact.name, fact.canonical ?? fact.name, mention.text, ...sameSentence.map((p) => p.name)];
        const quoted = context.quoted(ref.slug, mention.start, mention.end);
        out.push({ storyPlaceId: place.id, factId: fact.id, name: place.name, kind: place.kind, mention, clause: mention.clause, evidence, forbidden, quoted });
      }
    }
  }
  return out;
}

function count(haystack: string, needle: string): number {
  return haystack.toLowerCase().split(needle.toLowerCase()).length - 1;
}
