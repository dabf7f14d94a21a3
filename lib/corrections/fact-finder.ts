import type { ArticleFacts, Fact } from "../extract/fact-schema.ts";
import { foldText } from "../story/text-fold.ts";
import type { Target } from "./corrections-schema.ts";

/** The facts of one kind in an article. */
export function factsOf(facts: ArticleFacts, target: Target): Fact[] {
  const lists: Record<Target, Fact[]> = { quote: facts.quotes, date: facts.dates, person: facts.people, place: facts.places, number: facts.numbers };
  return lists[target];
}

/** The texts a teacher may use to name a fact: its evidence, and a person's or place's name and aliases. */
function namesOf(fact: Fact): string[] {
  if (fact.type === "person") return [fact.text, fact.name, ...fact.aliases];
  if (fact.type === "place") return [fact.text, fact.name];
  return [fact.text];
}

/**
 * The facts of a kind whose text contains the teacher's words (case and
 * quote marks ignored). A fact whose text is exactly those words wins over
 * facts that merely contain them, so "courage" can name the one-word
 * fragment even when a longer quote also says "courage".
 */
export function findFacts(facts: ArticleFacts, target: Target, words: string): Fact[] {
  const needle = foldText(words);
  const candidates = factsOf(facts, target);
  const exact = candidates.filter((f) => namesOf(f).some((n) => foldText(n) === needle));
  if (exact.length > 0) return exact;
  return candidates.filter((f) => namesOf(f).some((n) => foldText(n).includes(needle)));
}

/** A short list of a kind's texts for "did not match" messages. */
export function sampleTexts(facts: ArticleFacts, target: Target, limit = 4): string {
  const texts = factsOf(facts, target).map((f) => `"${f.text.length > 40 ? `${f.text.slice(0, 40)}…` : f.text}"`);
  if (texts.length === 0) return `the article has no ${target} facts`;
  const more = texts.length > limit ? `, and ${texts.length - limit} more` : "";
  return `the article's ${target}s include ${texts.slice(0, limit).join(", ")}${more}`;
}
