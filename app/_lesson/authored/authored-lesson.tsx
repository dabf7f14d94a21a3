import Link from "next/link";
import type { Article } from "@/lib/content/article-parser.ts";
import { ArticleCard } from "../../_components/article-card.tsx";
import { WorksheetLinks } from "../../_worksheet/worksheet-links.tsx";
import { LessonBlocks, type LessonBlockContext } from "./lesson-blocks.tsx";
import "./authored.css";

/**
 * A hand-written lesson page: the teacher's title, level, time and
 * objectives, then the body with its components, the articles, and the quiz
 * (at the `<Quiz/>` tag, or at the end when the lesson has none).
 */
export function AuthoredLesson({ context, articles }: { context: LessonBlockContext; articles: readonly Article[] }) {
  const { frontmatter, blocks } = context.document;
  const hasQuizTag = blocks.some((block) => block.type === "quiz");
  return (
    <article className="lesson authored-lesson">
      <header className="lesson-header">
        <p className="kicker">
          Lesson · {frontmatter.level} · about {frontmatter.minutes} minutes · {articles.length} article{articles.length === 1 ? "" : "s"}
        </p>
        <h1>{frontmatter.title}</h1>
        <p className="lede">{frontmatter.summary}</p>
        <p className="lesson-actions">
          <Link className="button" href={context.quizHref}>
            Take the quiz
          </Link>
          <a href="#articles">Read the articles</a>
        </p>
        <section className="objectives" aria-labelledby="objectives">
          <h2 id="objectives">By the end you will be able to</h2>
          <ul>
            {frontmatter.objectives.map((objective) => (
              <li key={objective}>{objective}</li>
            ))}
          </ul>
        </section>
      </header>
      <div className="lesson-body">
        <LessonBlocks blocks={blocks} context={context} />
      </div>
      <section className="lesson-section" aria-labelledby="articles">
        <h2 id="articles">The articles</h2>
        <ul className="article-list">
          {articles.map((article) => (
            <ArticleCard key={article.slug} article={article} />
          ))}
        </ul>
      </section>
      {hasQuizTag ? null : (
        <section className="lesson-section lesson-quiz" aria-labelledby="quiz">
          <h2 id="quiz">Test yourself</h2>
          <p>
            <Link className="button" href={context.quizHref}>
              Take the quiz: {frontmatter.title}
            </Link>
          </p>
        </section>
      )}
      <WorksheetLinks slug={context.document.slug} />
    </article>
  );
}
