import Link from "next/link";
import type { Article } from "@/lib/content/article-parser.ts";
import { formatDate } from "../_components/format-date.ts";
import "./lesson-link.css";

/** The way from the home page to a story's lesson. */
export function LessonLink({ slug, title }: { slug: string; title: string }) {
  return (
    <p className="lesson-link">
      <Link href={`/lessons/${slug}`}>Lesson and quiz: {title}</Link>
    </p>
  );
}

/** A stand-alone article in a list: its title, outlet and date, and its own lesson. */
export function LooseArticleCard({ article, lesson }: { article: Article; lesson?: string }) {
  const { title, outlet, author, published } = article.frontmatter;
  return (
    <li className="article-card">
      <Link href={`/articles/${article.slug}`}>{title}</Link>
      <p className="meta">
        <span>{outlet ?? "Outlet not named"}</span>
        {author ? <span>{author}</span> : null}
        <time dateTime={published}>{formatDate(published)}</time>
      </p>
      {lesson ? (
        <p className="meta">
        <Link href={`/lessons/${lesson}`} className="lesson-link-small" aria-label={`Lesson and quiz: ${title}`}>
          Lesson and quiz
        </Link>
        </p>
      ) : null}
    </li>
  );
}
