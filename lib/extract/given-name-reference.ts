import type { NameCandidate } from "./person-extractor.ts";
import { HONORIFICS } from "./person-lexicon.ts";
import type { TextDocument } from "./text-document.ts";

/** Courtesy titles that go with a given name, not a surname ("Sir Keir", "Dame Judi"). */
const GIVEN_NAME_TITLES = new Set(["sir", "dame"]);

/**
 * Whether a one-word name may be a known person's given name: features and
 * sports stories call people by first name once introduced ("Mia said"),
 * British style does so after "Sir" and "Dame". Only with a speech verb or
 * such a title, so a place that is also a first name ("Jordan") in any other
 * sentence stays a place.
 */
export function callsByGivenName(doc: TextDocument, name: NameCandidate): boolean {
  if (name.tokens.length !== 1) return false;
  const before = name.first > 0 ? doc.words[name.first - 1].lower : "";
  return GIVEN_NAME_TITLES.has(before) || (name.speaks && !HONORIFICS.has(before));
}
