import { BUNDLED_ORGANISATIONS, BUNDLED_PEOPLE } from "./bundled-distractors.ts";
import { namesCollide } from "./choice-fold.ts";
import { pickDistractors } from "./distractor-picker.ts";
import type { QuizContext } from "./quiz-context.ts";
import type { SettledQuote } from "./quote-pool.ts";

/**
 * Names of the story of one speaker kind, for distractors: story people for a
 * person, every credited organisation for an organisation, so a person is
 * never offered against a body or the other way round.
 */
export function speakerCandidates(context: QuizContext, kind: "person" | "organisation"): string[] {
  const names = new Set<string>();
  if (kind === "person") for (const person of context.story.people) names.add(person.name);
  for (const group of context.story.quotes) {
    for (const report of group.reports) {
      if (!report.speaker.name || report.speaker.kind !== kind) continue;
      // A story person's common name, not one outlet's typo of it ("Zelenksy").
      const person = context.story.people.find((p) => p.id === report.storyPersonId);
      names.add(person?.name ?? report.speaker.name);
    }
  }
  return [...names];
}

/**
 * Wrong speakers for a quote: of its speaker's kind, from the story first and
 * then the bundled list, never anyone any outlet credits with these words.
 */
export function speakerDistractors(context: QuizContext, quote: SettledQuote, count: number, stream: string): string[] {
  return pickDistractors(context, {
    answers: [quote.speaker],
    forbidden: quote.credited,
    fromStory: speakerCandidates(context, quote.speakerKind),
    bundled: quote.speakerKind === "person" ? BUNDLED_PEOPLE : BUNDLED_ORGANISATIONS,
    collide: namesCollide,
    count,
    random: context.random(stream),
  });
}
