import { tokenize } from "./text-fold.ts";

/** Words that say nothing about which event a clause is about. */
const STOPWORDS = new Set(
  "a an and are as at be been by for from had has have he her his in is it its of on or said says she that the their they this to was were will with would".split(" "),
);

/** Content words, crudely singularised so "deaths" and "death" agree. */
export function contentWords(text: string): Set<string> {
  return new Set(
    tokenize(text)
      .filter((word) => !STOPWORDS.has(word))
      .map((word) => (word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word)),
  );
}

/** Jaccard similarity of two word sets: shared over all; 0 when both are empty. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  const all = a.size + b.size - shared;
  return all === 0 ? 0 : shared / all;
}
