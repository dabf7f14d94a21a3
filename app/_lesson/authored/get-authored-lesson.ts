import { cache } from "react";
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
  const visit = (blocks: typeof document.blocks): void => {
    for (const block of blocks) {
      if (block.type === "quote") {
        const card = quoteCard(facts, block.quoteId);
        if (card) quotes.set(block.quoteId, card);
      } else if ("children" in block && Array.isArray(block.children) && block.type !== "heading" && block.type !== "paragraph") {
        visit(block.children as typeof document.blocks);
      } else if (block.type === "list") block.items.forEach(visit);
    }
  };
  visit(document.blocks);
  return {
    document,
    auto: found.lesson,
    quotes,
    comparison: compareSources(facts),
    quizHref: `/lessons/${slug}/quiz`,
    quizCount: getLessonQuestionSet(slug)?.questions.length ?? 0,
  };
});
