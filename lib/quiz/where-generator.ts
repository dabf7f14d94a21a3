import { sentenceStarts } from "../extract/sentence-bounds.ts";
import { BLANK } from "./clause-blank.ts";
import { blankContextRule } from "./lint/blank-context-rule.ts";
import { placeBlankRule } from "./lint/place-blank-rule.ts";
import { blankPassage } from "./passage.ts";
import { placeDistractors } from "./place-candidates.ts";
import type { UsablePlace } from "./place-pool.ts";
import { questionId } from "./question-id.ts";
import type { Question } from "./question-schema.ts";
import type { QuizContext } from "./quiz-context.ts";

/** Sentences at the top of an article: where the story happens is said there. */
const LEAD_SENTENCES = 4;

/**
 * A place the story is about: named more than once, or in its lead. A city
 * named once in a background paragraph ("an earlier round of talks in…",
 * "the year the treaty was signed in…") is trivia.
 */
function central(context: QuizContext, place: UsablePlace): boolean {
  const story = context.story.places.find((p) => p.id === place.storyPlaceId);
  if ((story?.articles.reduce((n, a) => n + a.mentions.length, 0) ?? 0) >= 2) return true;
  const body = context.article(place.evidence.article)?.body ?? "";
  return sentenceStarts(body).filter((s) => s <= place.mention.start).length <= LEAD_SENTENCES;
}

/**
 * The place the story happens in: the one it names most, three times or
 * more. Asked "where?", a reader answers it from the setting alone.
 */
function setting(context: QuizContext, place: UsablePlace): boolean {
  const mentions = (p: (typeof context.story.places)[number]) => p.articles.reduce((n, a) => n + a.mentions.length, 0);
  const top = [...context.story.places].sort((a, b) => mentions(b) - mentions(a))[0];
  return top?.id === place.storyPlaceId && mentions(top) >= 3;
}

/**
 * A place listed beside one of another kind ("Georgia and Tennessee" read as
 * a country and a state): one of the two kinds is a misreading, and
 * distractors of the wrong kind would be absurd in the list.
 */
function oddNeighbour(context: QuizContext, place: UsablePlace): boolean {
  const { start, end } = place.mention;
  return context.story.places.some(
    (p) =>
      p.id !== place.storyPlaceId &&
      p.kind !== place.kind &&
      p.articles.some((a) => a.slug === place.evidence.article && a.mentions.some((m) => m.end >= start - 12 && m.start <= end + 12 && m.start !== start)),
  );
}

/**
 * "Where? “… ____ …”": a sentence with one place blanked, choices of the
 * same kind of place. Each place is asked once, at its first mention that
 * stands where a location is meant ("talks in ____", not "____ said"):
 * the sentence is checked before any distractor is looked for.
 */
export function whereQuestions(context: QuizContext, places: readonly UsablePlace[]): Question[] {
  const out: Question[] = [];
  const asked = new Set<string>();
  for (const place of places) {
    if (asked.has(place.storyPlaceId) || !central(context, place) || setting(context, place)) continue;
    const passage = blankPassage(place.evidence, place.clause, place.mention.start, place.mention.end);
    if (!passage?.includes(BLANK)) continue;
    const prompt = `Where? Fill the blank: “${passage}”`;
    const draft = { kind: "where", prompt } as Question;
    if (placeBlankRule.check(draft, context) !== null || blankContextRule.check(draft, context) !== null) continue;
    if (oddNeighbour(context, place)) continue;
    const id = questionId("where", [place.storyPlaceId]);
    const wrong = placeDistractors(context, place, 3, id);
    if (wrong.length < 2) continue;
    asked.add(place.storyPlaceId);
    out.push({
      id,
      kind: "where",
      prompt,
      choices: [place.name, ...wrong],
      answer: place.name,
      explanation: `The sentence names ${place.mention.text === place.name ? place.name : `“${place.mention.text}” (${place.name})`} here.`,
      evidence: place.evidence,
      difficulty: place.kind === "country" ? 1 : 2,
      factIds: [place.storyPlaceId, place.factId],
    });
  }
  return out;
}
