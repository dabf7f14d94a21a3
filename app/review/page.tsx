import type { Metadata } from "next";
import { ReviewSession } from "../_progress/review-session.tsx";
import "../_quiz/quiz.css";
import "../_progress/progress.css";
import { getLessons } from "../content.ts";

export const metadata: Metadata = {
  title: "Review",
  description: "Questions you answered in quizzes come back here when they are due: missed ones the next time, right ones after a few days, then longer.",
};

export default function ReviewPage() {
  const lessons = getLessons().map((lesson) => ({ slug: lesson.slug, title: lesson.title }));
  return (
    <section className="rv">
      <h1>Review</h1>
      <p className="lede">Questions come back when they are due: a missed one at once, a right one after 1, 2, 4, 8 and then 16 days.</p>
      <ReviewSession lessons={lessons} />
    </section>
  );
}
