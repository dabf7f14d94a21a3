import Link from "next/link";
import "./lesson-link.css";

/** The way from the home page to a story's lesson. */
export function LessonLink({ slug, title }: { slug: string; title: string }) {
  return (
    <p className="lesson-link">
      <Link href={`/lessons/${slug}`}>Lesson and quiz: {title}</Link>
    </p>
  );
}
