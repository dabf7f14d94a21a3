import { cache } from "react";
import type { LessonBlock } from "@/lib/content/lesson/lesson-document.ts";
import { compareSources } from "@/lib/lesson/sources-compare.ts";
import { quoteCard, type QuoteCard } from "@/lib/lesson/quote-card.ts";
import { getLessonQuestionSet } from "../../_quiz/lesson-questions.ts";
import { getAutoLesson } from "../get-auto-lesson.ts";
import { getLessonFacts } from "../../content.ts";
import type { LessonBlockContext } from "./lesson-blocks.tsx";

/** Everything a hand-written lesson's components draw on, worked out once per build per lesson. */
export const getAuthoredLesson = cache((slug: string): LessonBlockContext | undefined => {
  const found = getAutoLesson(slug);
  const facts = getLessonFacts(slug);
  const document = found?.entry.document;
  if (!found || !facts || !document) return undefined;
  const quotes = new Map<string, QuoteCard>();
  for (const id of quoteIds(document.blocks)) {
    const card = quoteCard(facts, id);
    if (card) quotes.set(id, card);
  }
  return {
    document,
    auto: found.lesson,
    quotes,
    comparison: compareSources(facts),
    quizHref: `/lessons/${slug}/quiz`,
    quizCount: getLessonQuestionSet(slug)?.questions.length ?? 0,
  };
});

/** The quote group ids of every `<Quote>` in a lesson, nested ones included. */
function quoteIds(blocks: readonly LessonBlock[]): string[] {
  return blocks.flatMap((block) => {
    if (block.type === "quote") return [block.quoteId];
    if (block.type === "list") return block.items.flatMap(quoteIds);
    if (block.type === "blockquote" || block.type === "callout" || block.type === "discussion") return quoteIds(block.children);
    if (block.type === "vocabulary") return quoteIds(block.definition);
    return [];
  });
}
