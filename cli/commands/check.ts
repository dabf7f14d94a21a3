import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "../args.ts";
import { parseArgs } from "../args.ts";
import { formatProblems, type ContentProblem } from "../../lib/content/content-problem.ts";
import { loadArticleFacts, sidecarPath } from "../../lib/content/facts-loader.ts";
import { lessonFactProblems } from "../../lib/content/lesson/lesson-facts-loader.ts";
import { loadContent, type Content } from "../../lib/content/load-content.ts";

export const checkCommand: Command = {
  name: "check",
  summary: "Validate all content (articles, stories, fact corrections, lessons) and report every problem, grouped by file.",
  usage: "[--root DIR]",
  options: { "--root DIR": "project folder holding content/ (default: the current folder)" },
  async run(argv) {
    const args = parseArgs(argv, ["root"], []);
    const root = args.values.get("root") ?? process.cwd();
    const content = loadContent(root);
    const problems = contentProblems(root, content);
    if (problems.length) {
      const files = new Set(problems.map((p) => p.file)).size;
      process.stderr.write(
        `${formatProblems(problems)}\n\n${problems.length} problem${problems.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}.\n`,
      );
      return 1;
    }
    const lessons = content.lessons.length;
    process.stdout.write(
      `content ok: ${content.articles.length} articles, ${content.stories.length} stories${lessons ? `, ${lessons} lesson${lessons === 1 ? "" : "s"}` : ""}.\n`,
    );
    return 0;
  },
};

/**
 * Every problem `quizwire check` reports: the loader's, the sidecars' (checked
 * against the facts they change, so only articles with a sidecar are
 * extracted) and the lessons' quotes and sources, checked against the facts.
 */
export function contentProblems(root: string, content: Content): ContentProblem[] {
  return [
    ...content.problems,
    ...content.articles.filter((a) => existsSync(join(root, sidecarPath(a.slug)))).flatMap((a) => loadArticleFacts(root, a).problems),
    ...lessonFactProblems(root, content),
  ];
}
