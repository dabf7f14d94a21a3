import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatProblem } from "../../../../lib/content/content-problem.ts";
import { parseLesson, type ParsedLesson } from "../../../../lib/content/lesson/lesson-parser.ts";

export const ROOT = join(import.meta.dirname, "../../../..");
export const FIXTURES = join(ROOT, "tests/fixtures/lessons");
export const STORY = "trump-putin-call-2025-03";

/** Nine lines of valid frontmatter and a blank line: a body given to `lessonSource` starts on line 11. */
export const FRONTMATTER = `---
title: "Test lesson"
summary: "A lesson made by a test."
story: ${STORY}
level: "Grades 9–12"
objectives:
  - Trace a quote
minutes: 30
---
`;
export const BODY_LINE = 11;

/** A whole lesson file around a body. */
export const lessonSource = (body: string, frontmatter = FRONTMATTER) => `${frontmatter}\n${body}\n`;

/** Parses a body as `content/lessons/test.mdx`. */
export const parseBody = (body: string): ParsedLesson => parseLesson("content/lessons/test.mdx", "test", lessonSource(body));

/** Problems as `file:line field: message` lines, the form the CLI prints. */
export const problemLines = (result: { problems: readonly Parameters<typeof formatProblem>[0][] }) => result.problems.map(formatProblem);

/** A throwaway project holding a copy of the bundled articles and stories (not lessons), removed by the caller. */
export function tempProject(): { root: string; lessons: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), "quizwire-lessons-"));
  cpSync(join(ROOT, "content/articles"), join(root, "content/articles"), { recursive: true });
  cpSync(join(ROOT, "content/stories.yaml"), join(root, "content/stories.yaml"));
  const lessons = join(root, "content/lessons");
  mkdirSync(lessons, { recursive: true });
  return { root, lessons, remove: () => rmSync(root, { recursive: true, force: true }) };
}
