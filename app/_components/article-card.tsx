import Link from "next/link";
import type { Article } from "@/lib/content/article-parser.ts";
import { formatDate } from "./format-date.ts";

/** One article in a list: title linking to it, then outlet and date, and its own lesson when it has one. */
export function ArticleCard({ article, lesson }: { article: Article; lesson?: string }) {
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
