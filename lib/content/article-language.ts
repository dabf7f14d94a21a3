import { languageTagged, otherLanguage, type Language } from "../text/language.ts";
import type { Article } from "./article-parser.ts";

/** Articles are judged once: the site, the CLI and `check` all ask. */
const judged = new WeakMap<Article, Language | null>();

/**
 * The language an article is in when quizwire cannot read it: the one its
 * frontmatter gives, if not English, else the one its text reads as, if not
 * English. Null for an article in English, whose facts can be extracted.
 */
export function unreadableLanguage(article: Article): Language | null {
  if (judged.has(article)) return judged.get(article)!;
  const declared = article.frontmatter.language;
  const found = /^en\b/.test(declared) ? otherLanguage(article.body) : languageTagged(declared);
  judged.set(article, found);
  return found;
}

/** Whether quizwire extracts facts, and so makes lessons and quizzes, from an article. */
export function isReadable(article: Article): boolean {
  return unreadableLanguage(article) === null;
}

/** The message for text in another language than English, with what to do about it. */
export function languageMessage(language: Language): string {
  return `the text reads as ${language.name}: quizwire finds quotes, names and dates in English only, so it extracts no facts and makes no quiz from it`;
}
