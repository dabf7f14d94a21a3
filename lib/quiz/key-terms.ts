import { tokenize } from "../story/text-fold.ts";
import type { QuizContext } from "./quiz-context.ts";

/** Long words that carry no topic: they would make empty cloze blanks. */
const COMMON = new Set(
  ("according although another because before between called comes continue during either further however including " +
    "instead itself little number others people potential previous rather really recent reported reporters should " +
    "something statement still though through together towards whether without would could which while their there " +
    "these those about after again against already always around being being called every first having where under " +
    "until added asked minister president officials official saying stated told discuss remains certain become expected")
    .split(" "),
);

/** Endings that mark adjectives ("largest", "nuclear" aside): a noun blank with one among its choices is solved by grammar. */
const ADJECTIVE = /(?:[^rtuv]est|ous|ful|less|able|ible|ical|ional|ar)$/;

/** Words before a noun: "the ceasefire", "a proposal", "its workforce". */
const DETERMINERS = new Set("a an the this that these those its their his her our my your each every no any some another".split(" "));

/** A key term: its folded form (hyphens dropped) and how the story first writes it. */
export interface KeyTerm {
  word: string;
  surface: string;
}

/**
 * The story's key terms: lower-case nouns of six letters or more (a word
 * the story puts after "the", "a" or "its" somewhere), used in several
 * articles (or often in a lone one), ranked by how many articles use them.
 * Capitalised-only words are names, which other kinds already ask.
 */
export function keyTerms(context: QuizContext, limit = 12): KeyTerm[] {
  const articles = context.story.articles.map((a) => context.article(a.slug)).filter((a) => a !== undefined);
  const spread = new Map<string, Set<string>>();
  const uses = new Map<string, number>();
  const surfaces = new Map<string, string>();
  const nouns = new Set<string>();
  for (const article of articles) {
    for (const match of article.body.matchAll(/(?<![\p{L}-])\p{Ll}[\p{Ll}-]{5,}(?![\p{L}-])/gu)) {
      const raw = match[0];
      const before = /(\p{L}+)\s+$/u.exec(article.body.slice(Math.max(0, match.index - 12), match.index))?.[1];
      const [word] = tokenize(raw.replace(/-/g, ""));
      // Inflected verbs ("talking", "agreed") and adverbs make blanks anyone can fill from grammar alone.
      if (!word || COMMON.has(word) || word.length < 6 || /(ing|ed|ly)$/.test(word) || ADJECTIVE.test(word)) continue;
      spread.set(word, (spread.get(word) ?? new Set()).add(article.slug));
      uses.set(word, (uses.get(word) ?? 0) + 1);
      if (!surfaces.has(word)) surfaces.set(word, raw);
      // A word that follows a determiner somewhere is used as a noun: the things a story is about.
      if (before && DETERMINERS.has(before.toLowerCase())) nouns.add(word);
    }
  }
  const minSpread = articles.length > 1 ? 2 : 1;
  const minUses = articles.length > 1 ? 2 : 3;
  return [...spread]
    .filter(([word, slugs]) => nouns.has(word) && slugs.size >= minSpread && (uses.get(word) ?? 0) >= minUses)
    .sort((a, b) => b[1].size - a[1].size || (uses.get(b[0]) ?? 0) - (uses.get(a[0]) ?? 0) || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([word]) => ({ word, surface: surfaces.get(word)! }));
}
