import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleCard } from "../../_components/article-card.tsx";
import { AuthoredLesson } from "../../_lesson/authored/authored-lesson.tsx";
import { getAuthoredLesson } from "../../_lesson/authored/get-authored-lesson.ts";
import { BrokenLesson } from "../../_lesson/broken-lesson.tsx";
import { getAutoLesson } from "../../_lesson/get-auto-lesson.ts";
import { ConflictsSection, PeopleSection, PlacesSection, QuotesSection, SummarySection, TimelineSection } from "../../_lesson/lesson-sections.tsx";
import "../../_lesson/lesson.css";
import { WorksheetLinks } from "../../_worksheet/worksheet-links.tsx";
import { getLesson, getLessons, type LessonEntry } from "../../content.ts";

type Params = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return getLessons().map((lesson) => ({ slug: lesson.slug }));
}

export const dynamicParams = false;

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const slug = (await params).slug;
  const page = getLesson(slug);
  if (page?.kind === "broken") return { title: `Lesson with problems: ${slug}` };
  if (page?.document) return { title: `Lesson: ${page.title}`, description: page.document.frontmatter.summary };
  const found = getAutoLesson(slug);
  if (!found) return {};
  const { entry, lesson } = found;
  return {
    title: `Lesson: ${entry.title}`,
    description: entry.summary ?? `A lesson from ${lesson.sources.length} news article${lesson.sources.length === 1 ? "" : "s"}. ${lesson.summary.slice(0, 2).join(" ")}`,
  };
}

export default async function LessonPage({ params }: Params) {
  const slug = (await params).slug;
  const listed = getLesson(slug);
  if (listed?.kind === "broken") return <BrokenLesson slug={slug} problems={listed.problems ?? []} />;
  const authored = getAuthoredLesson(slug);
  if (listed?.document && authored) return <AuthoredLesson context={authored} articles={listed.articles} />;
  const found = getAutoLesson(slug);
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
        {entry.listed ? null : <TeacherLessons entry={entry} />}
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

/** On an automatic lesson that teachers' lessons replace: where those are. */
function TeacherLessons({ entry }: { entry: LessonEntry }) {
  const slugs = new Set(entry.articles.map((a) => a.slug));
  const lessons = getLessons().filter((l) => l.kind === "authored" && l.articles.some((a) => slugs.has(a.slug)));
  return (
    <aside className="callout callout-tip" aria-label="Lessons by your teachers">
      <p>
        This is the automatic lesson. Your teachers have written {lessons.length === 1 ? "a lesson" : "lessons"} on this story:{" "}
        {lessons.map((lesson, index) => (
          <span key={lesson.slug}>
            {index ? ", " : ""}
            <Link href={`/lessons/${lesson.slug}`}>{lesson.title}</Link>
          </span>
        ))}
        .
      </p>
    </aside>
  );
}
