import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { unreadableLanguage } from "@/lib/content/article-language.ts";
import { bodyParagraphs } from "@/lib/content/body-paragraphs.ts";
import { articleHighlights, type HighlightKind } from "@/lib/lesson/highlights.ts";
import { formatDate } from "../../_components/format-date.ts";
import { FactLegend } from "../../_reader/fact-legend.tsx";
import { HighlightDescriptions, HighlightedParagraph } from "../../_reader/highlighted-paragraph.tsx";
import "../../_reader/reader.css";
import { getArticle, getContent, getLessonFacts, lessonOfArticle } from "../../content.ts";

type Params = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return getContent().articles.map((article) => ({ slug: article.slug }));
}

export const dynamicParams = false;

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const article = getArticle((await params).slug);
  if (!article) return {};
  const { title, outlet, published } = article.frontmatter;
  return { title, description: `${outlet ?? "A news report"}, ${formatDate(published)}: ${article.body.slice(0, 140)}…` };
}

export default async function ArticlePage({ params }: Params) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  const { title, outlet, author, published, url, story } = article.frontmatter;
  const storyTitle = getContent().stories.find((s) => s.slug === story)?.title;
  // Article text is data: it is rendered as text nodes, never as HTML.
  const paragraphs = bodyParagraphs(article.body);
  const language = unreadableLanguage(article);
  const lesson = language ? undefined : lessonOfArticle(article);
  const lessonFacts = lesson ? getLessonFacts(lesson.slug) : undefined;
  const facts = lessonFacts?.articles.find((a) => a.article.slug === article.slug)?.facts;
  const highlights = facts ? articleHighlights(facts, lessonFacts?.story) : [];
  const counts: Record<HighlightKind, number> = { quote: 0, date: 0, place: 0 };
  for (const factId of new Set(highlights.map((h) => h.factId))) counts[highlights.find((h) => h.factId === factId)!.kind]++;
  return (
    <article className="article reader">
      <header>
        {storyTitle ? (
          <p className="kicker">
            <Link href="/">{storyTitle}</Link>
          </p>
        ) : null}
        <h1>{title}</h1>
        <dl className="meta-list">
          <div>
            <dt>Outlet</dt>
            <dd>{outlet ?? "Not named"}</dd>
          </div>
          {author ? (
            <div>
              <dt>Author</dt>
              <dd>{author}</dd>
            </div>
          ) : null}
          <div>
            <dt>Published</dt>
            <dd>
              <time dateTime={published}>{formatDate(published)}</time>
            </dd>
          </div>
          {url ? (
            <div>
              <dt>Original</dt>
              <dd>
                <a href={url} rel="noopener noreferrer">
                  {new URL(url).hostname}
                </a>
              </dd>
            </div>
          ) : null}
        </dl>
      </header>
      {language ? (
        <p className="reader-hint" role="note">
          This article is in {language.name}. quizwire finds quotes, names and dates in English only, so it shows no facts and makes no quiz from it.
        </p>
      ) : (
        <FactLegend counts={counts} lesson={lesson ? { slug: lesson.slug, title: lesson.title } : undefined} />
      )}
      <div className="article-body" lang={article.frontmatter.language}>
        {paragraphs.map((paragraph) => (
          <HighlightedParagraph key={paragraph.index} paragraph={paragraph} highlights={highlights} />
        ))}
      </div>
      <HighlightDescriptions highlights={highlights} />
    </article>
  );
}
