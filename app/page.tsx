import { ArticleCard } from "./_components/article-card.tsx";
import { LessonLink } from "./_lesson/lesson-link.tsx";
import { getContent, getLessons, lessonOfArticle } from "./content.ts";

/** The listed lessons of a story: the teachers', else the automatic one. */
function lessonsOf(story: string) {
  return getLessons().filter((lesson) => lesson.listed && (lesson.slug === story || (lesson.kind === "authored" && lesson.articles.some((a) => a.frontmatter.story === story))));
}

export default function HomePage() {
  const { articles, stories } = getContent();
  const loose = articles.filter((article) => !article.frontmatter.story || !stories.some((s) => s.slug === article.frontmatter.story));
  const groups = stories
    .map((story) => ({ story, articles: articles.filter((a) => a.frontmatter.story === story.slug) }))
    .filter((group) => group.articles.length > 0);
  return (
    <>
      <h1>Stories</h1>
      <p className="lede">Each story gathers the reports of one event from several outlets. Read them side by side, then test yourself.</p>
      {articles.length === 0 ? (
        <p className="empty">
          No articles yet. Add one with <code>npx quizwire import article.txt --published 2025-03-17</code>.
        </p>
      ) : null}
      {groups.map(({ story, articles: storyArticles }) => (
        <section key={story.slug} className="story" aria-labelledby={`story-${story.slug}`}>
          <h2 id={`story-${story.slug}`}>{story.title}</h2>
          {story.summary ? <p>{story.summary}</p> : null}
          <p className="count">
            {storyArticles.length} article{storyArticles.length === 1 ? "" : "s"}
          </p>
          {lessonsOf(story.slug).map((lesson) => (
            <LessonLink key={lesson.slug} slug={lesson.slug} title={lesson.title} meta={lesson.document ? `${lesson.document.frontmatter.level} · ${lesson.document.frontmatter.minutes} min` : undefined} />
          ))}
          <ul className="article-list">
            {storyArticles.map((article) => (
              <ArticleCard key={article.slug} article={article} />
            ))}
          </ul>
        </section>
      ))}
      {loose.length ? (
        <section className="story" aria-labelledby="story-other">
          <h2 id="story-other">Other articles</h2>
          <ul className="article-list">
            {loose.map((article) => (
              <ArticleCard key={article.slug} article={article} lesson={lessonOfArticle(article)?.slug} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
