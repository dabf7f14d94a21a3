import type { QuoteMember } from "./quote-grouper.ts";
import { relateSpeakers } from "./speaker-resolver.ts";
import type { Conflict, ConflictKind, QuoteGroup } from "./story-schema.ts";
import { groupId, withOutlet } from "./story-input.ts";
import { compareStrings } from "./text-fold.ts";

/**
 * Finds a conflict in one quote group: the same words credited to different
 * speakers. Every attribution is kept with all its sources and none is
 * preferred; quizzes must not ask who said words whose speaker is disputed.
 *
 * Teacher corrections take part as the facts they leave behind: a corrected
 * report counts with its corrected speaker. So correcting one outlet to agree
 * with the others removes the conflict, while correcting it to a third
 * speaker, or leaving another outlet's differing credit in place, keeps it:
 * a sidecar edits one article and cannot make another outlet say otherwise.
 * Reports with no speaker are never part of a conflict.
 */
export function detectConflict(group: QuoteGroup, members: readonly QuoteMember[]): Conflict | null {
  const byKey = new Map<string, QuoteMember[]>();
  for (const m of members) {
    if (m.resolved.key === null) continue;
    const list = byKey.get(m.resolved.key) ?? [];
    list.push(m);
    byKey.set(m.resolved.key, list);
  }
  if (byKey.size < 2) return null;
  const credits = [...byKey.values()];
  const attributions = credits
    .map((list) => ({
      speaker: list[0]!.resolved.speaker!,
      articles: list.map((m) => withOutlet({ slug: m.slug, factId: m.fact.id, corrected: m.fact.corrected === true }, m.outlet)),
    }))
    .sort((a, b) => compareStrings(a.speaker.name, b.speaker.name) || compareStrings(a.speaker.personId ?? "", b.speaker.personId ?? ""));
  return {
    id: groupId("cf", "conflict", [group.id]),
    quoteGroupId: group.id,
    text: group.text,
    attributions,
    kind: conflictKind(credits),
  };
}

/** `organisation-member` only when every pair of credits is an organisation and its member. */
function conflictKind(credits: QuoteMember[][]): ConflictKind {
  for (let i = 0; i < credits.length; i++) {
    for (let j = i + 1; j < credits.length; j++) {
      if (relateSpeakers(credits[i]![0]!.resolved, credits[j]![0]!.resolved) !== "related") return "contradiction";
    }
  }
  return "organisation-member";
}
