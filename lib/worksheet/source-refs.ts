import { paragraphIndexAt } from "../content/body-paragraphs.ts";
import { shortQuote } from "../lesson/auto-lesson.ts";
import type { Evidence } from "../quiz/question-schema.ts";
import type { WorksheetSource } from "./worksheet-schema.ts";

/** An article of the lesson as a worksheet needs it: the quiz's article plus the frontmatter a sources list prints. */
export interface WorksheetArticle {
  slug: string;
  title?: string;
  outlet?: string;
  /** YYYY-MM-DD. */
  published?: string;
  url?: string;
  body: string;
}

/** Words of a source sentence quoted in a key reference: enough to find it, short enough to fit one line. */
const REFERENCE_WORDS = 10;

/** The lesson's articles as the sources list prints them, numbered in the lesson's order. */
export function worksheetSources(articles: readonly WorksheetArticle[]): WorksheetSource[] {
  return articles.map((a, i) => ({
    number: i + 1,
    slug: a.slug,
    ...(a.outlet ? { outlet: a.outlet } : {}),
    title: a.title ?? a.slug,
    ...(a.published ? { published: a.published } : {}),
    ...(a.url ? { url: a.url } : {}),
  }));
}

/**
 * A short reference to the sentence an answer rests on, like
 * `[2] Live Mint ¶4: “The Kremlin spokesperson Dmitry Peskov said on Tuesday…”`.
 * `[2]` is the article's number in the sources list (articles without an
 * outlet are known by it alone); paragraphs count from 1, as a reader counts
 * them on paper.
 */
export function sourceReference(evidence: Evidence, articles: readonly WorksheetArticle[]): string {
  const at = articles.findIndex((a) => a.slug === evidence.article);
  const article = articles[at];
  const short = shortQuote(evidence.text, REFERENCE_WORDS);
  // A sentence that opens with a quotation reads as one already; another pair of marks around it (““…) only confuses.
  const sentence = /^[“‘"']/.test(short) ? short : `“${short}”`;
  if (!article) return `${evidence.outlet ?? evidence.article}: ${sentence}`;
  const outlet = article.outlet ? ` ${article.outlet}` : "";
  return `[${at + 1}]${outlet} ¶${paragraphIndexAt(article.body, evidence.start) + 1}: ${sentence}`;
}

/** Every source sentence of a question, first its evidence, each once. */
export function questionReferences(question: { evidence?: Evidence; sources?: Evidence[] }, articles: readonly WorksheetArticle[]): string[] {
  const all = [...(question.evidence ? [question.evidence] : []), ...(question.sources ?? [])];
  return [...new Set(all.map((e) => sourceReference(e, articles)))];
}
