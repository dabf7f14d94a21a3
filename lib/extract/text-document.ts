import { scanQuoteMarks, type QuoteMarks } from "./quote-mark-scanner.ts";
import { splitParagraphs, splitSentences, type Block, type Sentence } from "./sentence-splitter.ts";
import { scanWords, type Word } from "./word-scanner.ts";

/**
 * The article read once into the structures every extractor shares:
 * paragraphs, quotation marks, sentences and words, cross-indexed so that
 * each later step looks things up instead of rescanning the text.
 */
export interface TextDocument {
  readonly text: string;
  readonly paragraphs: Block[];
  /** Top-level quotes in text order. */
  readonly quotes: QuoteMarks[];
  readonly sentences: Sentence[];
  readonly words: Word[];
  /** Index of the first word of each sentence; `sentenceWordEnd[s]` is one past its last. */
  readonly sentenceWordStart: Int32Array;
  readonly sentenceWordEnd: Int32Array;
  /** Index of the sentence holding each quote's opening mark. */
  readonly quoteSentence: Int32Array;
}

/** Builds the shared reading of `text`. Linear in its length. */
export function readDocument(text: string): TextDocument {
  const paragraphs = splitParagraphs(text);
  const quotes = scanQuoteMarks(text, paragraphs);
  const sentences = splitSentences(text, paragraphs, quotes);
  const words = scanWords(text);
  const sentenceWordStart = new Int32Array(sentences.length).fill(words.length);
  const sentenceWordEnd = new Int32Array(sentences.length).fill(0);
  let s = 0;
  let q = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    while (s < sentences.length && sentences[s].end <= w.start) s++;
    if (s < sentences.length && sentences[s].start <= w.start) {
      w.sentence = s;
      if (sentenceWordStart[s] > i) sentenceWordStart[s] = i;
      sentenceWordEnd[s] = i + 1;
    }
    while (q < quotes.length && quotes[q].close <= w.start) q++;
    if (q < quotes.length && quotes[q].start <= w.start && w.start < quotes[q].end) w.quote = q;
  }
  for (let k = 0; k < sentences.length; k++) if (sentenceWordEnd[k] === 0) sentenceWordStart[k] = 0;
  const quoteSentence = new Int32Array(quotes.length).fill(-1);
  s = 0;
  for (let k = 0; k < quotes.length; k++) {
    while (s < sentences.length && sentences[s].end <= quotes[k].open) s++;
    quoteSentence[k] = Math.min(s, sentences.length - 1);
  }
  return { text, paragraphs, quotes, sentences, words, sentenceWordStart, sentenceWordEnd, quoteSentence };
}
