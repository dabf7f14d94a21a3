import { namesCollide } from "./choice-fold.ts";
import { questionId } from "./question-id.ts";
import type { Question } from "./question-schema.ts";
import type { QuizContext } from "./quiz-context.ts";
import type { SettledQuote } from "./quote-pool.ts";
import { speakerDistractors } from "./speaker-candidates.ts";

/** Fewer words than this cannot stand alone as "who said …" ("courage", "no sign"). */
export const MIN_WHO_SAID_WORDS = 3;

/**
 * "Who said: “…”?" for every settled quote of three words or more. Skipped
 * when the evidence sentence holds another quote credited to someone else,
 * since a reader could not tell which quote the question means.
 */
export function whoSaidQuestions(context: QuizContext, quotes: readonly SettledQuote[]): Question[] {
  const out: Question[] = [];
  for (const quote of quotes) {
    if (quote.words < MIN_WHO_SAID_WORDS || sharesSentence(context, quote)) continue;
    const id = questionId("who-said", [quote.group.id]);
    const distractors = speakerDistractors(context, quote, 3, id);
    if (distractors.length < 2) continue;
    const label = context.sourceLabel(quote.evidence.article);
    out.push({
      id,
      kind: "who-said",
      prompt: `Who said: “${quote.text}”?`,
      choices: [quote.speaker, ...distractors],
      answer: quote.speaker,
      explanation: `${label} credits these words to ${quote.speaker}${quote.group.outlets.length > 1 ? `, as do ${quote.group.outlets.length - 1} other source(s)` : ""}.`,
      evidence: quote.evidence,
      difficulty: quote.fact.kind === "full" ? 1 : 2,
      factIds: [quote.group.id, ...quote.group.reports.map((r) => r.factId)],
    });
  }
  return out;
}

/** Another quote with a different speaker inside the same evidence sentence. */
function sharesSentence(context: QuizContext, quote: SettledQuote): boolean {
  const article = context.article(quote.evidence.article);
  return (article?.facts.quotes ?? []).some(
    (q) =>
      q.id !== quote.fact.id &&
      q.start < quote.evidence.end &&
      q.end > quote.evidence.start &&
      (q.speaker.name === null || !namesCollide(q.speaker.name, quote.speaker)),
  );
}
