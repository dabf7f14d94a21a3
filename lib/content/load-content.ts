import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { parseArticle, type Article } from "./article-parser.ts";
import { languageMessage, unreadableLanguage } from "./article-language.ts";
import type { ContentProblem } from "./content-problem.ts";
import type { LessonDocument } from "./lesson/lesson-document.ts";
import { loadLessons } from "./lesson/load-lessons.ts";
import { checkFileSlug } from "./file-slug.ts";
import { isSlug } from "./slug.ts";
import { storiesFileSchema, type Story } from "./story-schema.ts";
import { decodeText } from "./text-decoder.ts";
import { validateYaml } from "./yaml-validator.ts";

/** Everything under `content/`, with every problem found in any file. */
export interface Content {
  articles: Article[];
  stories: Story[];
  /** Hand-written lessons (`content/lessons/*.mdx`) that have no problem; quotes and sources are checked later, against the facts (`checkLessonFacts`). */
  lessons: LessonDocument[];
  /** Lessons with problems in their body, never shown: `quizwire check` still checks their quotes and sources. */
  lessonDrafts: LessonDocument[];
  problems: ContentProblem[];
}

const ARTICLE_EXTENSIONS = [".md", ".markdown"];
/** Sidecars that sit beside articles and are read by their own loaders. */
const SIDECAR_SUFFIXES = [".facts.yaml"];

/**
 * Reads `content/` under `root`: every article, the story list and the
 * hand-written lessons. Bad files are reported and left out; they never stop
 * the others from loading.
 */
export function loadContent(root: string = process.cwd()): Content {
  const problems: ContentProblem[] = [];
  const rel = (path: string) => relative(root, path).split(sep).join("/");
  const stories = loadStories(join(root, "content", "stories.yaml"), rel, problems);
  const dir = join(root, "content", "articles");
  const names = existsSync(dir) ? readdirSync(dir).sort() : [];
  const articles: Article[] = [];
  const bySlug = new Map<string, string>();

  for (const name of names) {
    const path = join(dir, name);
    const file = rel(path);
    const sidecar = SIDECAR_SUFFIXES.find((suffix) => name.endsWith(suffix));
    if (sidecar) {
      const owner = name.slice(0, -sidecar.length);
      if (!ARTICLE_EXTENSIONS.some((ext) => names.includes(`${owner}${ext}`))) {
        problems.push({ file, line: 1, field: "", message: `no article ${owner}.md for these corrections: rename the file to match its article's slug` });
      }
      continue;
    }
    const extension = ARTICLE_EXTENSIONS.find((ext) => name.endsWith(ext));
    if (!extension) {
      if (!name.startsWith(".")) {
        problems.push({ file, line: 1, field: "", message: "not an article: articles are .md files with frontmatter; turn raw text into one with `npx quizwire import`" });
      }
      continue;
    }
    const slug = name.slice(0, -extension.length);
    const named = checkFileSlug(file, slug, extension, bySlug, "slug");
    problems.push(...named.problems);
    if (named.duplicateOf) continue;
    const result = parseArticle(file, slug, readFileSync(path));
    problems.push(...result.problems);
    // An article in another language says so: kept as a reading, but it must be labelled, or the build stops here.
    const language = result.article && /^en\b/.test(result.article.frontmatter.language) ? unreadableLanguage(result.article) : null;
    if (language) {
      problems.push({
        file, line: frontmatterLine(path, "language"), field: "language",
        message: `${languageMessage(language)}. Add "language: ${language.tag}" to the frontmatter to publish it as a reading without a quiz, or import an English version.`,
      });
    }
    if (result.article && isSlug(slug)) articles.push(result.article);
  }

  const known = new Set(stories.map((s) => s.slug));
  const valid = articles.filter((article) => {
    const story = article.frontmatter.story;
    if (story && !known.has(story)) {
      problems.push({
        file: article.file,
        line: frontmatterLine(join(root, article.file), "story"),
        field: "story",
        message: `unknown story "${story}": add it to content/stories.yaml or use one of: ${[...known].join(", ") || "(none yet)"}`,
      });
      return false;
    }
    return true;
  });
  valid.sort((a, b) => b.frontmatter.published.localeCompare(a.frontmatter.published) || a.slug.localeCompare(b.slug));
  const lessons = loadLessons(root, { articles: valid.map((a) => ({ slug: a.slug, story: a.frontmatter.story })), stories });
  problems.push(...lessons.problems);
  return { articles: valid, stories, lessons: lessons.lessons, lessonDrafts: lessons.drafts, problems };
}

function loadStories(path: string, rel: (p: string) => string, problems: ContentProblem[]): Story[] {
  if (!existsSync(path)) return [];
  const file = rel(path);
  const decoded = decodeText(readFileSync(path));
  if (!decoded.ok) {
    problems.push({ file, line: decoded.line, field: "", message: decoded.message });
    return [];
  }
  const { data, problems: found } = validateYaml({ file, source: decoded.text }, storiesFileSchema);
  problems.push(...found);
  return Object.entries(data ?? {}).map(([slug, entry]) => ({ slug, ...entry }));
}

/** The file line of a frontmatter key, read back from the file (articles keep no line map). */
function frontmatterLine(path: string, key: string): number {
  const lines = readFileSync(path, "utf8").split(/\r?\n/);
  const index = lines.findIndex((line) => line.startsWith(`${key}:`));
  return index >= 0 ? index + 1 : 1;
}
