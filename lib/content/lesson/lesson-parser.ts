import type { Root } from "mdast";
import { LESSON_QUIZ_QUESTION_SEED } from "../../quiz/lesson-quiz-id.ts";
import type { ContentProblem } from "../content-problem.ts";
import { splitFrontmatter } from "../frontmatter-splitter.ts";
import { decodeText, normalizeNewlines } from "../text-decoder.ts";
import { YamlLocator, type YamlPath } from "../yaml-locator.ts";
import { validateYaml } from "../yaml-validator.ts";
import { LessonBuilder, type LessonLink } from "./lesson-builder.ts";
import type { LessonDocument, LessonQuizSettings } from "./lesson-document.ts";
import { lessonFrontmatterSchema, type LessonFrontmatter } from "./lesson-frontmatter-schema.ts";
import { toBlocks } from "./markdown-blocks.ts";
import { toInlines } from "./markdown-inlines.ts";
import { parseMdxBody } from "./mdx-body.ts";

/** A lesson is a page of text; past this the file is surely something else. */
export const MAX_LESSON_BYTES = 1_000_000;

/** What `parseLesson` found: the lesson when the file has no problem, and its links for the loader to check. */
export interface ParsedLesson {
  lesson?: LessonDocument;
  problems: ContentProblem[];
  links: LessonLink[];
  /** The frontmatter when it is valid, even if the body has problems: the loader checks its story and articles. */
  frontmatter?: LessonFrontmatter;
  /**
   * With valid frontmatter but problems in the body: the lesson without its
   * bad parts, never shown, only checked against the facts so that
   * `quizwire check` reports quote and source problems in the same run.
   */
  draft?: LessonDocument;
  /** File line of a frontmatter field (`["articles", 1]`), for the loader's messages; 1 when there is none. */
  lineOf(path: YamlPath): number;
}

/**
 * Parses `content/lessons/<slug>.mdx` into a `LessonDocument`: frontmatter
 * validated like an article's (file lines, "did you mean" for unknown keys),
 * the body parsed as MDX and every tag turned into typed data. Every problem
 * of the file is reported at once; nothing in it is ever evaluated. Checks
 * that need other files (stories, articles, links, quotes) are the loader's
 * and `checkLessonFacts`'.
 */
export function parseLesson(file: string, slug: string, source: Uint8Array | string): ParsedLesson {
  const none = (problems: ContentProblem[]): ParsedLesson => ({ problems, links: [], lineOf: () => 1 });
  let text: string;
  if (typeof source === "string") {
    text = normalizeNewlines(source);
  } else {
    if (source.length > MAX_LESSON_BYTES) {
      return none([{ file, line: 1, field: "", message: `the file is ${Math.round(source.length / 1e3)} kB; a lesson is at most 1 MB: split it into several lessons` }]);
    }
    const decoded = decodeText(source);
    if (!decoded.ok) return none([{ file, line: decoded.line, field: "", message: decoded.message }]);
    text = decoded.text;
  }
  const { split, problems } = splitFrontmatter(file, text);
  if (!split) return none(problems.map(lessonFrontmatterHint));
  const { data, problems: yamlProblems } = validateYaml({ file, source: split.yaml, lineOffset: 1, missingLine: 1 }, lessonFrontmatterSchema);
  problems.push(...yamlProblems);

  const locator = new YamlLocator(split.yaml);
  const lineOf = (path: YamlPath) => (locator.document.hasIn(path as unknown[]) ? locator.line(path) + 1 : 1);

  const b = new LessonBuilder(file, slug, split.bodyLine - 1, { blocks: toBlocks, inlines: toInlines });
  const parsed = parseMdxBody(file, split.body, split.bodyLine - 1);
  if (parsed.problem) problems.push(parsed.problem);
  const blocks = parsed.tree ? convert(parsed.tree, b) : [];
  problems.push(...b.problems);
  if (parsed.tree && !blocks.length && !b.problems.length) {
    problems.push({
      file,
      line: split.bodyLine,
      field: "body",
      message: "the lesson has no content: write it below the closing ---, e.g. a ## heading, a paragraph and a <Quiz />",
    });
  }
  const frontmatter = data as LessonFrontmatter | undefined;
  if (!frontmatter) return { problems, links: b.links, lineOf };
  const document: LessonDocument = { slug, file, frontmatter, blocks, questions: b.questions, quiz: quizSettings(frontmatter, b) };
  return { ...(problems.length ? { draft: document } : { lesson: document }), problems, links: b.links, frontmatter, lineOf };
}

function convert(tree: Root, b: LessonBuilder) {
  // Reference links (`[text][label]` with `[label]: url` anywhere) need every definition first.
  const collect = (nodes: readonly Root["children"][number][]) => {
    for (const node of nodes) {
      if (node.type === "definition") b.definitions.set(node.identifier, node.url);
      else if ("children" in node) collect(node.children as Root["children"]);
    }
  };
  collect(tree.children);
  return b.blocks(tree.children);
}

/** Frontmatter `quiz:`, overridden prop by prop by the `<Quiz>` tag, over the defaults every lesson quiz has. */
function quizSettings(frontmatter: LessonFrontmatter, b: LessonBuilder): LessonQuizSettings {
  const tag = b.quizTag?.settings ?? {};
  const base = frontmatter.quiz ?? {};
  const count = tag.count ?? base.count;
  return {
    ...(count === undefined ? {} : { count }),
    kinds: tag.kinds ?? base.kinds ?? [],
    seed: tag.seed ?? base.seed ?? LESSON_QUIZ_QUESTION_SEED,
    order: tag.order ?? base.order ?? "shuffle",
  };
}

/** The splitter's hint names an article's fields; a lesson's are others. */
function lessonFrontmatterHint(problem: ContentProblem): ContentProblem {
  return problem.message.startsWith("no frontmatter")
    ? { ...problem, message: "no frontmatter: start the file with a line ---, then title:, summary:, story:, level:, objectives: and minutes: lines, then another ---" }
    : problem;
}
