import Link from "next/link";
import "./lesson-link.css";

/** The way from the home page to a story's lesson; `meta` is a teacher's lesson's level and length. */
export function LessonLink({ slug, title, meta }: { slug: string; title: string; meta?: string }) {
  return (
    <p className="lesson-link">
      <Link href={`/lessons/${slug}`}>Lesson and quiz: {title}</Link>
      {meta ? <span className="lesson-link-meta"> · {meta}</span> : null}
    </p>
  );
}
