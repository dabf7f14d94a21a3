import { answersOf, distractorsOf, type LintRule } from "./lint-rule.ts";
import { blankParts, wordBefore } from "./blank-parts.ts";
import { inflection } from "./content-words.ts";

/**
 * Every choice must fit the sentence as well as the key does, or grammar
 * alone gives the answer: "a ____" takes a consonant, "an ____" a vowel, and
 * a cloze word bank keeps the key's ending (plural, -ing, -ed).
 */
export const grammarFitRule: LintRule = {
  name: "grammar-fit",
  check(question) {
    const parts = blankParts(question.prompt);
    if (!parts || !question.choices) return null;
    const before = wordBefore(parts);
    const choices = question.choices;
    // "in the ____": every choice must be a name that takes "the" (the Gallatin Valley, the Netherlands), or none.
    if (question.kind === "where" && before === "the") {
      const takes = choices.map(takesThe);
      if (takes.some((t) => t !== takes[0])) return `not every choice fits "the ____"`;
    }
    if (before === "a" || before === "an") {
      const fits = (c: string) => (before === "an") === startsWithVowelSound(c);
      if (!choices.every(fits)) return `not every choice fits "${before} ____"`;
    }
    if (question.kind === "cloze") {
      const [key] = answersOf(question);
      const wanted = inflection(key ?? "");
      const odd = distractorsOf(question).find((c) => inflection(c) !== wanted);
      if (odd) return `"${odd}" has another ending than the key: grammar gives the answer away`;
    }
    return null;
  },
};

/** Place names written with "the": a common noun at their end (Valley, Islands, Republic) or a plural name. */
export function takesThe(name: string): boolean {
  return /\b(?:valley|river|sea|ocean|islands|states|kingdom|republic|gulf|mountains|alps|bay|strait|canal|desert|coast|peninsula|basin|delta|plateau|highlands|midlands|netherlands|philippines|emirates|bahamas|gambia|hague|balkans|caucasus|caribbean|arctic|antarctic|east|bank|strip|lakes|plains|isles|union|county|district|region)$/i.test(name.trim());
}

/** "an" words: a vowel letter, except the "you"/"one" sounds; an hour, an honest. */
export function startsWithVowelSound(word: string): boolean {
  const w = word.trim().toLowerCase();
  if (/^(?:hour|honest|honou?r|heir)/.test(w)) return true;
  if (/^(?:uni|use|usu|uto|eu|one|once)/.test(w)) return false;
  if (/^\d/.test(w)) return /^(?:8|11|18|80|800)(?!\d)/.test(w.replace(/,/g, "").slice(0, 3));
  return /^[aeiou]/.test(w);
}
