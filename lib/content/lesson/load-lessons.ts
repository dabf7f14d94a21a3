import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ContentProblem } from "../content-problem.ts";
import { checkFileSlug } from "../file-slug.ts";
import { isSlug } from "../slug.ts";
import type { LessonDocument } from "./lesson-document.ts";
import { parseLesson, type ParsedLesson } from "./lesson-parser.ts";

/** What lessons are checked against: the articles and stories that loaded. */
export interface LessonCatalog {
  articles: readonly { slug: string; story?: string }[];
  stories: readonly { slug: string }[];
}

const LESSON_EXTENSIONS = [".mdx", ".md"];

/** The lessons that loaded, the drafts that did not (for the facts check only), and every problem. */
export interface LoadedLessons {
  lessons: LessonDocument[];
  drafts: LessonDocument[];
  problems: ContentProblem[];
}

/**
 * Reads every `content/lessons/<slug>.mdx` (or `.md`) under `root` and checks
 * what needs the other files: the story or articles a lesson covers, slugs
 * shared with automatic lessons, and internal links. A bad lesson is reported
 * and left out; it never stops the others from loading. Quotes and sources
 * need the facts and are checked by `checkLessonFacts`.
 */
export function loadLessons(root: string, catalog: LessonCatalog): LoadedLessons {
  const dir = join(root, "content", "lessons");
  const problems: ContentProblem[] = [];
  if (!existsSync(dir)) return { lessons: [], drafts: [], problems };
  const parsed: { slug: string; file: string; result: ParsedLesson }[] = [];
  const bySlug = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    const file = `content/lessons/${name}`;
    const extension = LESSON_EXTENSIONS.find((ext) => name.endsWith(ext));
    if (!extension) {
      if (!name.startsWith(".")) problems.push({ file, line: 1, field: "", message: "not a lesson: lessons are .mdx files with frontmatter; start one with `npx quizwire new lesson <slug> --story <story>`" });
      continue;
    }
    const slug = name.slice(0, -extension.length);
    const named = checkFileSlug(file, slug, extension, bySlug, "lesson slug");
    problems.push(...named.problems);
    if (named.duplicateOf) {
      // Neither file is shown: which one /lessons/<slug> should be is the teacher's call.
      const first = parsed.findIndex((p) => p.file === named.duplicateOf);
      if (first >= 0) parsed.splice(first, 1);
      continue;
    }
    const result = parseLesson(file, slug, readFileSync(join(dir, name)));
    problems.push(...result.problems);
    if (isSlug(slug)) parsed.push({ slug, file, result });
  }

  const articles = new Set(catalog.articles.map((a) => a.slug));
  const stories = new Set(catalog.stories.map((s) => s.slug));
  // Pages under /lessons/: these files, each story with articles, each article in no story.
  const lessonPages = new Set([
    ...parsed.map((p) => p.slug),
    ...catalog.articles.flatMap((a) => (a.story ? [a.story] : [a.slug])),
  ]);
  const lessons: LessonDocument[] = [];
  const drafts: LessonDocument[] = [];
  for (const { slug, file, result } of parsed) {
    const cross = crossFileProblems(file, slug, result, { articles, stories });
    const links = linkProblems(file, result, articles, lessonPages);
    problems.push(...cross, ...links);
    const document = result.lesson ?? result.draft;
    if (!document) continue;
    if (!cross.length && !links.length && result.lesson) lessons.push(result.lesson);
    // Without its story or articles, a draft has no facts to be checked against.
    else if (!cross.some((p) => p.field === "story" || p.field.startsWith("articles"))) drafts.push(document);
  }
  return { lessons, drafts, problems };
}

function crossFileProblems(file: string, slug: string, result: ParsedLesson, known: { articles: Set<string>; stories: Set<string> }): ContentProblem[] {
  const out: ContentProblem[] = [];
  const clash = known.articles.has(slug) ? "an article" : known.stories.has(slug) ? "a story" : undefined;
  if (clash) {
    out.push({
      file,
      line: 1,
      field: "",
      message: `"${slug}" is also the slug of ${clash}: lesson slugs share /lessons/ with automatic lessons, so rename the file (e.g. ${slug}-lesson.mdx)`,
    });
  }
  const frontmatter = result.frontmatter;
  if (!frontmatter) return out;
  if (frontmatter.story && !known.stories.has(frontmatter.story)) {
    const list = [...known.stories].join(", ") || "(none yet)";
    out.push({ file, line: result.lineOf(["story"]), field: "story", message: `unknown story "${frontmatter.story}": add it to content/stories.yaml or use one of: ${list}` });
  }
  (frontmatter.articles ?? []).forEach((article, i) => {
    if (known.articles.has(article)) return;
    out.push({
      file,
      line: result.lineOf(["articles", i]),
      field: `articles[${i}]`,
      message: `no article "${article}" in content/articles: check the slug (the file name without .md)`,
    });
  });
  return out;
}

function linkProblems(file: string, result: ParsedLesson, articles: Set<string>, lessonPages: Set<string>): ContentProblem[] {
  return result.links.flatMap((link): ContentProblem[] => {
    if (!link.target) return [];
    const { kind, slug } = link.target;
    if (kind === "article" && !articles.has(slug)) {
      return [{ file, line: link.line, field: "link", message: `${link.href}: there is no article "${slug}" in content/articles` }];
    }
    if (kind === "lesson" && !lessonPages.has(slug)) {
      return [{ file, line: link.line, field: "link", message: `${link.href}: there is no lesson "${slug}" (lessons are the files in content/lessons, the stories and the articles in no story)` }];
    }
    return [];
  });
}
