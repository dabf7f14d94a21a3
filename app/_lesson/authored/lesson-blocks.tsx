import Link from "next/link";
import type { LessonBlock, LessonDocument } from "@/lib/content/lesson/lesson-document.ts";
import type { AutoLesson } from "@/lib/lesson/auto-lesson.ts";
import type { QuoteCard } from "@/lib/lesson/quote-card.ts";
import type { SourcesComparison } from "@/lib/lesson/sources-compare.ts";
import { PeopleSection, PlacesSection, TimelineSection } from "../lesson-sections.tsx";
import { Inlines } from "./lesson-inlines.tsx";
import { QuoteFigure } from "./quote-figure.tsx";
import { SourcesCompare } from "./sources-compare.tsx";
import { TeacherQuestionBlock } from "./teacher-question.tsx";

/** What the components of a hand-written lesson draw on, worked out once per page. */
export interface LessonBlockContext {
  document: LessonDocument;
  /** The facts as the automatic lesson arranges them (people, timeline, places, conflicts). */
  auto: AutoLesson;
  quotes: ReadonlyMap<string, QuoteCard>;
  comparison: SourcesComparison;
  quizHref: string;
  quizCount: number;
}

const CALLOUT_LABELS = { note: "Note", tip: "Tip", warning: "Watch out", think: "Think about it" } as const;

/** The body of a hand-written lesson, block by block. */
export function LessonBlocks({ blocks, context }: { blocks: readonly LessonBlock[]; context: LessonBlockContext }) {
  return (
    <>
      {blocks.map((block, index) => (
        <Block key={index} block={block} context={context} />
      ))}
    </>
  );
}

function Block({ block, context }: { block: LessonBlock; context: LessonBlockContext }) {
  switch (block.type) {
    case "heading": {
      const Tag = (["h2", "h3", "h4"] as const)[block.depth - 2]!;
      return (
        <Tag>
          <Inlines nodes={block.children} />
        </Tag>
      );
    }
    case "paragraph":
      return (
        <p>
          <Inlines nodes={block.children} />
        </p>
      );
    case "list": {
      const List = block.ordered ? "ol" : "ul";
      return (
        <List>
          {block.items.map((item, index) => (
            <li key={index}>
              <LessonBlocks blocks={item} context={context} />
            </li>
          ))}
        </List>
      );
    }
    case "blockquote":
      return (
        <blockquote>
          <LessonBlocks blocks={block.children} context={context} />
        </blockquote>
      );
    case "rule":
      return <hr />;
    case "code":
      return (
        <pre>
          <code>{block.value}</code>
        </pre>
      );
    case "quiz":
      return (
        <div className="quiz-card">
          <p>
            <strong>Quiz:</strong> {context.quizCount} question{context.quizCount === 1 ? "" : "s"} on this lesson, each answer checked at once and linked to its source.
          </p>
          <p>
            <Link className="button" href={context.quizHref}>
              Take the quiz: {context.document.frontmatter.title}
            </Link>
          </p>
        </div>
      );
    case "question": {
      const question = context.document.questions[block.index];
      return question ? <TeacherQuestionBlock question={question} number={block.index + 1} /> : null;
    }
    case "quote": {
      const quote = context.quotes.get(block.quoteId);
      return quote ? <QuoteFigure quote={quote} /> : null;
    }
    case "timeline":
      return <TimelineSection lesson={context.auto} bare />;
    case "people":
      return <PeopleSection lesson={context.auto} bare />;
    case "places":
      return <PlacesSection lesson={context.auto} bare />;
    case "sources-compare":
      return <SourcesCompare comparison={context.comparison} lesson={context.auto} />;
    case "vocabulary":
      return (
        <dl className="vocab">
          <dt>
            <dfn>{block.term}</dfn>
          </dt>
          <dd>
            <LessonBlocks blocks={block.definition} context={context} />
          </dd>
        </dl>
      );
    case "callout":
      return (
        <aside className={`callout callout-${block.kind}`} aria-label={block.title ?? CALLOUT_LABELS[block.kind]}>
          <p className="callout-title">{block.title ?? CALLOUT_LABELS[block.kind]}</p>
          <LessonBlocks blocks={block.children} context={context} />
        </aside>
      );
    case "discussion":
      return (
        <section className="discussion" aria-label="Discuss in class">
          <p className="callout-title">Discuss in class</p>
          <LessonBlocks blocks={block.children} context={context} />
        </section>
      );
  }
}
