import type { StoryPerson } from "../story/story-schema.ts";
import { gazetteer } from "../extract/gazetteer.ts";
import { HONORIFICS } from "../extract/person-lexicon.ts";
import { namesCollide } from "./choice-fold.ts";
import { pickDistractors } from "./distractor-picker.ts";
import type { QuizContext } from "./quiz-context.ts";
import type { SettledQuote } from "./quote-pool.ts";
import { MIN_KEY_CONFIDENCE } from "./key-confidence.ts";
import { namedIn } from "./passage.ts";

/** Names of one speaker kind, by how apt they are as wrong speakers. */
export interface SpeakerPool {
  /** Quoted in the story: the speakers a reader weighs up. */
  speakers: string[];
  /** People the story names with a role or more than once, but does not quote. */
  named: string[];
}

/**
 * Names of the story of one speaker kind, for distractors: people (or
 * bodies) the story quotes, then people it names with a role or several
 * times. A person mentioned once in passing ("the Yalta conference of
 * Stalin, Churchill and Roosevelt") is never offered as a speaker, nor is a
 * famous name from outside the story.
 */
export function speakerPool(context: QuizContext, kind: "person" | "organisation"): SpeakerPool {
  let pools = poolCache.get(context);
  if (!pools) poolCache.set(context, (pools = new Map()));
  let pool = pools.get(kind);
  if (!pool) pools.set(kind, (pool = buildPool(context, kind)));
  return pool;
}

/** One pool per quiz and kind: every question of the quiz asks for the same one. */
const poolCache = new WeakMap<QuizContext, Map<string, SpeakerPool>>();

function buildPool(context: QuizContext, kind: "person" | "organisation"): SpeakerPool {
  const speakers = new Set<string>();
  for (const group of context.story.quotes) {
    for (const report of group.reports) {
      if (!report.speaker.name || report.speaker.kind !== kind || report.confidence < MIN_KEY_CONFIDENCE) continue;
      // A story person's common name, not one outlet's typo of it ("Zelenksy").
      const person = context.story.people.find((p) => p.id === report.storyPersonId);
      speakers.add(person?.name ?? report.speaker.name);
    }
  }
  const named = kind === "person" ? context.story.people.filter((p) => isProminent(p) && ![...speakers].some((s) => namesCollide(s, p.name))).map((p) => p.name) : [];
  // "Dr. Bakare" among full names stands out: a name a story gives only with a title is never offered.
  // A place read as a person ("Brownsville said") is no speaker to offer.
  // A bare surname ("Brennan", "van Heerden") beside whole names is the odd one out, and may be someone the story names in full.
  const plain = (name: string) =>
    !HONORIFICS.has(name.split(/\s+/)[0]!.toLowerCase()) &&
    (kind !== "person" || (!gazetteer().lookup(name) && !COUNTY.test(name) && name.trim().split(/\s+/).length >= 2 && /^\p{Lu}/u.test(name.trim())));
  return { speakers: [...speakers].filter(plain), named: named.filter(plain) };
}

/** "Co Limerick", "County Durham": a county written the Irish and British way, read as a person by its capitals. */
const COUNTY = /^(?:Co\.?|County)\s+\p{Lu}/u;

/** A person the story gives a role, or mentions more than once. */
function isProminent(person: StoryPerson): boolean {
  return person.roles.length > 0 || person.facts.reduce((n, f) => n + f.mentions, 0) > 1;
}

/**
 * Wrong speakers for a quote: of its speaker's kind, other speakers first,
 * then people the story names; never anyone any outlet credits with these
 * words, and never a name from outside the story.
 */
export function speakerDistractors(context: QuizContext, quote: SettledQuote, count: number, stream: string): string[] {
  const pool = speakerPool(context, quote.speakerKind);
  // Someone the quote itself talks about is no plausible speaker of it.
  const plausible = (name: string) => !namedIn(name, quote.text);
  const speakers = pool.speakers.filter(plausible);
  const others = speakers.filter((s) => !namesCollide(s, quote.speaker)).length;
  return pickDistractors(context, {
    answers: [quote.speaker],
    forbidden: quote.credited,
    fromStory: speakers,
    // People the story names but never quotes fill in only when fewer than two others speak: beside two real speakers they are padding.
    fallback: others >= 2 ? [] : pool.named.filter(plausible),
    collide: namesCollide,
    count,
    random: context.random(stream),
  });
}
