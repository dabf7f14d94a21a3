import { isDemonym } from "../../extract/demonyms.ts";
import { GIVEN_NAMES, ROLE_HEADS, ROLE_MODIFIERS } from "../../extract/person-lexicon.ts";
import { choicesAreNames } from "./speaker-choices-rule.ts";
import type { LintRule } from "./lint-rule.ts";

/** Words that are a party, a title or a description, not part of a name: "Democrat Jane Smith", "veteran striker Ade Coker". */
const NOT_NAME_WORDS = /^(?:Democrat|Democratic|Republican|Labour|Tory|Conservative|Liberal|Green|Socialist|Independent|Veteran|Former|Ex|Late|Young|Old|Striker|Defender|Coach|Captain|Senator|Councillor|Councilor|Trustee|Minister|President|Chairman|Chairwoman|Director|Manager|Professor|Doctor)$/;

/**
 * Whether a printed person's name reads as one: at least two words of two
 * letters or more (a middle initial may sit between them), not cut at an
 * initial ("John F"), not a bare set of initials ("J. K."), and not fused
 * with a party, a title or a nationality ("German Anna Schmidt").
 */
export function wellFormedName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  const full = words.filter((w) => /\p{L}{2,}/u.test(w.replace(/\./g, "")));
  if (full.length < 2) return false;
  if (/^\p{Lu}\.?$/u.test(words.at(-1)!)) return false;
  const first = words[0]!;
  if (NOT_NAME_WORDS.test(first) || NOT_NAME_WORDS.test(words.at(-1)!)) return false;
  // "Financial Officer Matthias Brandt": role words glued before the name.
  if (words.slice(0, -1).some((w) => ROLE_HEADS.has(w.toLowerCase()) || ROLE_MODIFIERS.has(w.toLowerCase()))) return false;
  return !(words.length >= 3 && isDemonym(first) && !GIVEN_NAMES.has(first.toLowerCase()));
}

/** A body or organisation may be one word ("Tessaro", "NASA"); a person never is. */
function looksLikeOrganisation(name: string): boolean {
  return name.trim().split(/\s+/).length === 1 && /^\p{Lu}/u.test(name) && !/\./.test(name);
}

/**
 * People's names in a question are whole names as a reader knows them:
 * a choice cut at an initial or fused with a nationality stands out, and
 * the one whole name among them is the guess.
 */
export const nameShapeRule: LintRule = {
  name: "name-shape",
  check(question) {
    const names: string[] = [];
    if (choicesAreNames(question)) names.push(...(question.choices ?? []));
    if (question.kind === "match") names.push(...(question.items ?? []));
    const asked = /^Who is (.+)\?$/.exec(question.prompt)?.[1] ?? /did (.+) say\?$/.exec(question.prompt)?.[1] ?? /: (.+?) said “/.exec(question.prompt)?.[1];
    if (asked) names.push(asked);
    const bad = names.find((n) => !looksLikeOrganisation(n) && !wellFormedName(n));
    return bad ? `"${bad}" is not a whole name as the article gives it` : null;
  },
};
