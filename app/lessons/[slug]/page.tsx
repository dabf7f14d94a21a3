import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleCard } from "../../_components/article-card.tsx";
import { getAutoLesson } from "../../_lesson/get-auto-lesson.ts";
import { ConflictsSection, PeopleSection, PlacesSection, QuotesSection, SummarySection, TimelineSection } from "../../_lesson/lesson-sections.tsx";
import "../../_lesson/lesson.css";
import { WorksheetLinks } from "../../_worksheet/worksheet-links.tsx";
import { getLessons } from "../../content.ts";

type Params = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return getLessons().map((lesson) => ({ slug: lesson.slug }));
}

export const dynamicParams = false;

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const found = getAutoLesson((await params).slug);
  if (!found) return {};
  const { entry, lesson } = found;
  return {
    title: `Lesson: ${entry.title}`,
    description: entry.summary ?? `A lesson from ${lesson.sources.length} news article${lesson.sources.length === 1 ? "" : "s"}. ${lesson.summary.slice(0, 2).join(" ")}`,
  };
}

export default async function LessonPage({ params }: Params) {
  const found = getAutoLesson((await params).slug);
  if (!found) notFound();
  const { entry, lesson } = found;
  const quiz = `/lessons/${lesson.slug}/quiz`;
  return (
    <article className="lesson">
      <header className="lesson-header">
        <p className="kicker">
          Lesson · {entry.articles.length} article{entry.articles.length === 1 ? "" : "s"}
        </p>
        <h1>{entry.title}</h1>
        {entry.summary ? <p className="lede">{entry.summary}</p> : null}
        <p className="lesson-actions">
          <Link className="button" href={quiz}>
            Take the quiz
          </Link>
          <a href="#articles">Read the articles</a>
        </p>
      </header>
      <SummarySection lesson={lesson} />
      <PeopleSection lesson={lesson} />
      <TimelineSection lesson={lesson} />
      <PlacesSection lesson={lesson} />
      <QuotesSection lesson={lesson} />
      <ConflictsSection lesson={lesson} />
      <section className="lesson-section" aria-labelledby="articles">
        <h2 id="articles">
          The articles
        </h2>
        <ul className="article-list">
          {entry.articles.map((article) => (
            <ArticleCard key={article.slug} article={article} />
          ))}
        </ul>
      </section>
      <section className="lesson-section lesson-quiz" aria-labelledby="quiz">
        <h2 id="quiz">Test yourself</h2>
        <p>Questions made from these facts, each answer linked to the sentence it comes from.</p>
        <p>
          <Link className="button" href={quiz}>
            Take the quiz: {entry.title}
          </Link>
        </p>
      </section>
      <WorksheetLinks slug={lesson.slug} />
    </article>
  );
}
