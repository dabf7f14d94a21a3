import { namesCollide } from "./choice-fold.ts";
import { capitalize, displayQuote } from "./passage.ts";
import { questionId } from "./question-id.ts";
import type { Question } from "./question-schema.ts";
import type { QuizContext } from "./quiz-context.ts";
import type { SettledQuote } from "./quote-pool.ts";
import { speakerDistractors } from "./speaker-candidates.ts";

/** Fewer words than this cannot stand alone as "who said …" ("courage", "no sign", "we never do that"). */
export const MIN_WHO_SAID_WORDS = 5;
/** A quotation that goes on from words outside it ("which is usually the sign of…"): no reader can place it alone. */
const CONTINUES = /^\s*(?:which|and|but|or|that|who|whom|because|so|as|if|when|while|to|of)\b/i;
/** A speaker with this share of a story's quotes is the answer a student would guess. */
export const SOLE_SPEAKER_SHARE = 0.75;

/**
 * "Who said “…”?" for every settled full quote (five words or more), with
 * wrong speakers the story itself quotes or names. Not asked when the story
 * quotes essentially one speaker (the guess would be right), nor when the
 * evidence sentence holds another quote credited to someone else, since a
 * reader could not tell which quote the question means.
 */
export function whoSaidQuestions(context: QuizContext, quotes: readonly SettledQuote[]): Question[] {
  if (soleSpeaker(context)) return [];
  const out: Question[] = [];
  for (const quote of quotes) {
    // A fragment ("painful but necessary") is a phrase out of context, not words a reader can place.
    if (quote.fact.kind !== "full" || quote.words < MIN_WHO_SAID_WORDS || sharesSentence(context, quote) || CONTINUES.test(quote.text)) continue;
    const id = questionId("who-said", [quote.group.id]);
    const distractors = speakerDistractors(context, quote, 3, id);
    if (distractors.length < 2) continue;
    const label = context.sourceLabel(quote.evidence.article);
    out.push({
      id,
      kind: "who-said",
      prompt: `Who said “${displayQuote(quote.text)}”${/[?!]$/.test(displayQuote(quote.text)) ? "" : "?"}`,
      choices: [quote.speaker, ...distractors],
      answer: quote.speaker,
      explanation: `${capitalize(label)} credits these words to ${quote.speaker}${quote.group.outlets.length > 1 ? `, as do ${quote.group.outlets.length - 1} other source(s)` : ""}.`,
      evidence: quote.evidence,
      difficulty: quote.fact.kind === "full" ? 1 : 2,
      factIds: [quote.group.id, ...quote.group.reports.map((r) => r.factId)],
    });
  }
  return out;
}

/**
 * The story quotes fewer than two speakers, or one speaker has most of the
 * quotes: then "who said it" is answered without reading. Counted over every
 * quote the story credits, not only the ones safe to ask about.
 */
export function soleSpeaker(context: QuizContext): boolean {
  const counts = new Map<string, number>();
  let total = 0;
  for (const group of context.story.quotes) {
    const name = group.speaker?.name ?? group.reports.find((r) => r.speaker.name)?.speaker.name;
    if (!name) continue;
    const known = [...counts.keys()].find((k) => namesCollide(k, name)) ?? name;
    counts.set(known, (counts.get(known) ?? 0) + 1);
    total++;
  }
  const top = Math.max(0, ...counts.values());
  return counts.size < 2 || top / total >= SOLE_SPEAKER_SHARE;
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
