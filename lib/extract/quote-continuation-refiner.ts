import type { Speaker } from "./fact-schema.ts";

/** What one sentence said about speech, as the speaker resolver found it. */
export interface SentenceSpeech {
  /** Speaker of the sentence's last attributed quote. */
  quoteSpeaker: Speaker | null;
  quoteConfidence: number;
  /** Subject of the sentence's first speech verb ("Trump said he …"). */
  speechSpeaker: Speaker | null;
  speechConfidence: number;
}

/** A borrowed attribution is never as sure as one in the quote's own sentence. */
const MAX_BORROWED = 0.7;
/** Borrowing from a sentence without a quote of its own is less sure still. */
const BORROWED_FROM_NARRATION = 0.65;

/**
 * The speaker a quote with no attribution of its own borrows from the
 * sentence just before it: that sentence's quote speaker (`“A,” Grushko
 * told Izvestia. “B.”`), or the subject of its speech verb (`Trump said he
 * looked forward to the talks.` followed by a quote-only paragraph). Only a
 * quote that opens its sentence may borrow; a quoted word inside narration
 * with no speaker near is a scare quote and gets `null`.
 */
export function continuedSpeaker(previous: SentenceSpeech | undefined, opensSentence: boolean): { speaker: Speaker; confidence: number } | null {
  if (!opensSentence || previous === undefined) return null;
  if (previous.quoteSpeaker) return { speaker: previous.quoteSpeaker, confidence: Math.min(MAX_BORROWED, previous.quoteConfidence) };
  if (previous.speechSpeaker) return { speaker: previous.speechSpeaker, confidence: Math.min(BORROWED_FROM_NARRATION, previous.speechConfidence) };
  return null;
}
