import { containsTokens, tokenize } from "../story/text-fold.ts";
import { namesCollide } from "./choice-fold.ts";
import { displayQuote } from "./passage.ts";
import { questionId } from "./question-id.ts";
import type { Question } from "./question-schema.ts";
import type { QuizContext } from "./quiz-context.ts";
import type { SettledQuote } from "./quote-pool.ts";

/** Speakers per match question: fewer is a guess, more crowds a worksheet. */
const MIN_PAIRS = 3;
const MAX_PAIRS = 4;

/**
 * "Match each speaker to their words." Speakers must be clearly different
 * people or bodies (no shared surname), and no quote may be credited anywhere
 * to another speaker of the same question. Speakers are dealt into groups of
 * up to four so a big story yields several.
 */
export function matchQuestions(context: QuizContext, quotes: readonly SettledQuote[]): Question[] {
  const speakers: { name: string; quotes: SettledQuote[] }[] = [];
  for (const quote of quotes.filter((q) => q.fact.kind === "full")) {
    const entry = speakers.find((s) => s.name === quote.speaker);
    if (entry) entry.quotes.push(quote);
    else if (!speakers.some((s) => namesCollide(s.name, quote.speaker))) speakers.push({ name: quote.speaker, quotes: [quote] });
  }
  speakers.sort((a, b) => (a.name < b.name ? -1 : 1));
  const out: Question[] = [];
  for (let at = 0; at + MIN_PAIRS <= speakers.length; at += MAX_PAIRS) {
    const set = speakers.slice(at, at + MAX_PAIRS);
    const id = questionId("match", set.flatMap((s) => s.quotes.map((q) => q.group.id)));
    const random = context.random(id);
    const pairs = set.map((s) => ({ speaker: s.name, quote: s.quotes[random.int(s.quotes.length)]! }));
    if (!distinctPairs(pairs)) continue;
    out.push({
      id,
      kind: "match",
      prompt: `Match each speaker to their words: ${pairs.map((p, i) => `(${i + 1}) ${p.speaker}`).join(", ")}.`,
      items: pairs.map((p) => p.speaker),
      choices: pairs.map((p) => displayQuote(p.quote.text)),
      answer: pairs.map((p) => displayQuote(p.quote.text)),
      explanation: `Each quote is credited to its speaker in ${pairs.length} different sentences of the story.`,
      evidence: pairs[0]!.quote.evidence,
      sources: pairs.map((p) => p.quote.evidence),
      difficulty: pairs.length > 3 ? 3 : 2,
      factIds: pairs.map((p) => p.quote.group.id),
    });
  }
  return out;
}

/** No quote overlaps another's words, and none is credited to another speaker of the set. */
function distinctPairs(pairs: { speaker: string; quote: SettledQuote }[]): boolean {
  return pairs.every((p, i) =>
    pairs.every((o, j) => {
      if (i === j) return true;
      if (p.quote.credited.some((name) => namesCollide(name, o.speaker))) return false;
      return !containsTokens(tokenize(p.quote.text), tokenize(o.quote.text));
    }),
  );
}
