import { stringify } from "yaml";
import type { ArticleFrontmatter } from "../article-frontmatter-schema.ts";
import { normalizeNewlines } from "../text-decoder.ts";
import { findFurniture, isLabel, type RemovalReason } from "./furniture-rules.ts";
import { splitParagraphs } from "./paragraphs.ts";

/** What the importer took out, reported to the user line by line. */
export interface RemovedParagraph {
  line: number;
  text: string;
  reason: RemovalReason | "date marker";
}

/** The importer's result: the body to keep plus what it learnt from the furniture. */
export interface ImportedArticle {
  body: string;
  /** Paragraphs kept, in order; the body is these joined by blank lines. */
  paragraphs: string[];
  removed: RemovedParagraph[];
  /** From a headline-like first line. */
  title?: string;
  /** From a byline. */
  author?: string;
  /** From a leading `date YYYY-MM-DD` marker some exports carry. */
  published?: string;
}

const DATE_MARKER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*/u;

/**
 * Turns raw pasted news text into an article body: page furniture removed by
 * general rules, every other paragraph kept verbatim, one per block.
 */
export function importArticle(raw: string): ImportedArticle {
  let text = normalizeNewlines(raw);
  const removed: RemovedParagraph[] = [];
  let published: string | undefined;
  const marker = DATE_MARKER.exec(text);
  if (marker) {
    published = marker[1];
    removed.push({ line: 1, text: marker[0].trim(), reason: "date marker" });
    text = text.slice(marker[0].length);
  }
  const paragraphs = splitParagraphs(text);
  const furniture = findFurniture(paragraphs);
  let title: string | undefined;
  let author: string | undefined;
  const first = paragraphs.findIndex((_, i) => !furniture.has(i));
  if (first >= 0 && first + 1 < paragraphs.length && looksLikeHeadline(paragraphs[first].text)) {
    furniture.set(first, "headline (used as the title)");
  }
  const kept: string[] = [];
  paragraphs.forEach((paragraph, i) => {
    const reason = furniture.get(i);
    if (!reason) {
      kept.push(paragraph.text);
      return;
    }
    removed.push({ line: paragraph.line, text: paragraph.text, reason });
    // Metadata is read, not quoted: fold the non-breaking spaces some sites put in headlines.
    if (reason === "headline (used as the title)") title ??= paragraph.text.replace(/[\s\u00a0\u202f]+/gu, " ");
    if (reason === "byline (used as the author)") author ??= paragraph.text.replace(/^by\s+/iu, "");
  });
  removed.sort((a, b) => a.line - b.line);
  return { body: kept.join("\n\n"), paragraphs: kept, removed, title, author, published };
}

/** A headline: short, capitalised, with no closing full stop. */
export function looksLikeHeadline(text: string): boolean {
  return /^[\p{Lu}\d"“‘']/u.test(text) && isLabel(text, 18) && text.split(/\s+/).length >= 3;
}

/** Renders an article file: YAML frontmatter, a blank line, the body. */
export function renderArticleFile(frontmatter: Partial<ArticleFrontmatter>, body: string): string {
  const fields = Object.fromEntries(Object.entries(frontmatter).filter(([, value]) => value !== undefined && value !== ""));
  return `---\n${stringify(fields, { lineWidth: 0 })}---\n\n${body.trim()}\n`;
}
