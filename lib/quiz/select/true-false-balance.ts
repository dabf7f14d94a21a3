import type { Question } from "../question-schema.ts";
import type { Random } from "../seeded-random.ts";
import type { TrueFalsePair } from "../true-false-generator.ts";

/**
 * Sets the truth of the chosen true/false questions so that half are false
 * (one more of either when their number is odd, as the seed falls). A quiz
 * whose statements are all true teaches nothing but "True".
 */
export function balanceTrueFalse(chosen: readonly Question[], pairs: ReadonlyMap<string, TrueFalsePair>, random: Random): Question[] {
  const ids = chosen.filter((q) => pairs.has(q.id)).map((q) => q.id).sort();
  const falseCount = Math.floor(ids.length / 2) + (ids.length % 2 === 1 && random.next() < 0.5 ? 1 : 0);
  const falsified = new Set(random.shuffle(ids).slice(0, falseCount));
  return chosen.map((q) => {
    const pair = pairs.get(q.id);
    if (!pair) return q;
    return falsified.has(q.id) ? pair.falsified : pair.truthful;
  });
}
