import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { bodyParagraphs } from "@/lib/content/body-paragraphs.ts";
import { formatDate } from "../../_components/format-date.ts";
import { getArticle, getContent } from "../../content.ts";

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
  return (
    <article className="article">
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
      <div className="article-body">
        {paragraphs.map((paragraph) => (
          <p key={paragraph.index} id={`p-${paragraph.index}`}>
            {paragraph.text}
          </p>
        ))}
      </div>
    </article>
  );
}
