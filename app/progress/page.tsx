import type { Metadata } from "next";
import { ProgressView } from "../_progress/progress-view.tsx";
import "../_quiz/quiz.css";
import "../_progress/progress.css";
import { getLessons } from "../content.ts";

export const metadata: Metadata = {
  title: "Your progress",
  description: "Your best and last quiz scores per lesson, your streak and the questions due for review. Export, import or reset the progress kept in this browser.",
};

export default function ProgressPage() {
  const lessons = getLessons().map((lesson) => ({ slug: lesson.slug, title: lesson.title }));
  return (
    <section className="pg">
      <h1>Your progress</h1>
      <p className="lede">Kept in this browser only: no account, nothing sent anywhere. Export it to move it to another device.</p>
      <ProgressView lessons={lessons} />
    </section>
  );
}
