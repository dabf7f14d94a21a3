import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { getLessonQuestions } from "../../../_quiz/lesson-questions.ts";
import { QuizPlayer } from "../../../_quiz/quiz-player.tsx";
import "../../../_quiz/quiz.css";
import "../../../_quiz/quiz-layout.css";
import "../../../_progress/progress.css";
import { getLessons } from "../../../content.ts";

type Params = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return getLessons().map((lesson) => ({ slug: lesson.slug }));
}

export const dynamicParams = false;

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const data = getLessonQuestions((await params).slug);
  if (!data) return {};
  const count = data.questions.length;
  return {
    title: `Quiz: ${data.title}`,
    description: count
      ? `${count} questions on “${data.title}”, each answer linked to the sentence it comes from. Share a seed to give everyone the same order.`
      : `A quiz on “${data.title}”.`,
  };
}

export default async function QuizPage({ params }: Params) {
  const data = getLessonQuestions((await params).slug);
  if (!data) notFound();
  const count = data.questions.length;
  return (
    <article className="qz">
      <header className="qz-header">
        <p className="kicker">
          Quiz · <Link href={`/lessons/${data.lessonSlug}`} prefetch={false}>back to the lesson</Link>
        </p>
        <h1>Quiz: {data.title}</h1>
        {count ? (
          <p className="lede">
            {count} question{count === 1 ? "" : "s"}, one at a time or all on one page. Each answer links to the sentence it comes from.
          </p>
        ) : null}
      </header>
      {count ? (
        // Its own Suspense boundary lets React hydrate the player apart from the page around it,
        // in shorter tasks, so a slow phone stays responsive while the quiz starts.
        <Suspense>
          <QuizPlayer data={data} />
        </Suspense>
      ) : (
        <div className="empty">
          <p>No questions could be generated for this lesson: its articles do not hold enough facts we can check with certainty.</p>
          <p>
            <Link href={`/lessons/${data.lessonSlug}`}>Read the lesson instead</Link>
          </p>
        </div>
      )}
    </article>
  );
}
