import type { Speaker } from "../extract/fact-schema.ts";
import type { PersonIndex } from "./person-merger.ts";
import type { StoryPerson, StorySpeaker } from "./story-schema.ts";
import { containsTokens, foldName, tokenize } from "./text-fold.ts";

/** A credited speaker resolved across the story. */
export interface ResolvedSpeaker {
  /** Identity for comparison; null when the article does not say who spoke. */
  key: string | null;
  speaker: StorySpeaker | null;
  /** The story person, for their roles. */
  person?: StoryPerson;
}

/**
 * How two credits of the same words relate: `same` speaker, one of them
 * `unknown`, `related` (an organisation and a person whose role names it),
 * or `different`.
 */
export type SpeakerRelation = "same" | "unknown" | "related" | "different";

/**
 * Resolves an article's speaker to a story-wide identity: through the
 * article's person fact when the extractor linked one, else by name against
 * the merged people, else by the folded name itself.
 */
export function resolveSpeaker(slug: string, speaker: Speaker, people: PersonIndex): ResolvedSpeaker {
  if (speaker.kind === "unknown" || speaker.name === null || foldName(speaker.name) === "") return { key: null, speaker: null };
  if (speaker.kind === "person") {
    const person = (speaker.personId ? people.byFact(slug, speaker.personId) : undefined) ?? people.byName(speaker.name);
    if (person) return { key: `person:${person.id}`, speaker: { name: person.name, kind: "person", personId: person.id }, person };
  }
  return { key: `${speaker.kind}:${foldName(speaker.name)}`, speaker: { name: speaker.name, kind: speaker.kind } };
}

/** True when the person's role, as any outlet wrote it, names the organisation ("White House Press Secretary"). */
function isMemberOf(person: ResolvedSpeaker, organisation: ResolvedSpeaker): boolean {
  // foldName drops a leading "the": roles say "White House press secretary".
  const orgTokens = foldName(organisation.speaker!.name).split(" ");
  if (!person.person || orgTokens[0] === "") return false;
  return person.person.roles.some((r) => containsTokens(tokenize(r.role), orgTokens));
}

/** Relates two resolved speakers (see `SpeakerRelation`). */
export function relateSpeakers(a: ResolvedSpeaker, b: ResolvedSpeaker): SpeakerRelation {
  if (a.key === null || b.key === null) return "unknown";
  if (a.key === b.key) return "same";
  const isBody = (s: ResolvedSpeaker) => s.speaker!.kind === "organisation" || s.speaker!.kind === "group";
  if (isBody(a) && b.speaker!.kind === "person" && isMemberOf(b, a)) return "related";
  if (isBody(b) && a.speaker!.kind === "person" && isMemberOf(a, b)) return "related";
  return "different";
}
