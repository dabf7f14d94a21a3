import { sentenceStarts } from "../extract/sentence-bounds.ts";
import { isOpening, stripDateline } from "./passage.ts";
import type { Evidence } from "./question-schema.ts";
import type { QuizContext } from "./quiz-context.ts";

/**
 * Evidence for a fact: the whole sentence of the body that holds
 * `[start, end)` (or the given sentence span when the extractor found one),
 * sliced from the body so that `body.slice(start, end) === text` always.
 * Null when the article or offsets are not usable: no evidence, no question.
 */
export function evidenceFor(
  context: QuizContext,
  slug: string,
  start: number,
  end: number,
  sentence?: { start: number; end: number },
): Evidence | null {
  const article = context.article(slug);
  if (!article || start < 0 || end > article.body.length || start >= end) return null;
  let from: number;
  let to: number;
  if (sentence && sentence.start <= start && sentence.end >= end && sentence.end <= article.body.length) {
    from = sentence.start;
    to = sentence.end;
  } else {
    [from, to] = sentenceAround(article.body, start, end);
  }
  while (from < to && /\s/.test(article.body[from]!)) from++;
  while (to > from && /\s/.test(article.body[to - 1]!)) to--;
  // A dateline ("NAIROBI, July 27 — ") is not part of the sentence a student is shown.
  const sentenceText = article.body.slice(from, to);
  const dateline = sentenceText.length - stripDateline(sentenceText, isOpening(article.body, from)).length;
  if (dateline > 0 && from + dateline <= start) from += dateline;
  if (from > start || to < end) return null;
  const outlet = article.outlet;
  return { article: slug, ...(outlet ? { outlet } : {}), start: from, end: to, text: article.body.slice(from, to) };
}

/**
 * Whether `[start, end)` sits in someone's quoted words while its evidence
 * sentence does not show where the quotation opens: shown alone, the
 * passage would pass a speaker's words off as the article's.
 */
export function quotedOutOfSight(context: QuizContext, evidence: Evidence, start: number, end: number): boolean {
  if (!context.quoted(evidence.article, start, end)) return false;
  return context.quoteOpening(evidence.article, start, end) < evidence.start;
}

/** The sentences covering `[start, end)`. */
function sentenceAround(body: string, start: number, end: number): [number, number] {
  const starts = sentenceStarts(body);
  let from = 0;
  let to = body.length;
  for (const s of starts) {
    if (s <= start) from = s;
    else if (s >= end) {
      to = s;
      break;
    }
  }
  return [from, to];
}
