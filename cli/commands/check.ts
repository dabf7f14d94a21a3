import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "../args.ts";
import { parseArgs } from "../args.ts";
import { formatProblems } from "../../lib/content/content-problem.ts";
import { loadArticleFacts, sidecarPath } from "../../lib/content/facts-loader.ts";
import { loadContent } from "../../lib/content/load-content.ts";

export const checkCommand: Command = {
  name: "check",
  summary: "Validate all content (articles, stories, fact corrections) and report every problem, grouped by file.",
  usage: "[--root DIR]",
  options: { "--root DIR": "project folder holding content/ (default: the current folder)" },
  async run(argv) {
    const args = parseArgs(argv, ["root"], []);
    const root = args.values.get("root") ?? process.cwd();
    const content = loadContent(root);
    // Corrections are checked against the facts they change, so only articles with a sidecar are extracted.
    const problems = [
      ...content.problems,
      ...content.articles.filter((a) => existsSync(join(root, sidecarPath(a.slug)))).flatMap((a) => loadArticleFacts(root, a).problems),
    ];
    if (problems.length) {
      const files = new Set(problems.map((p) => p.file)).size;
      process.stderr.write(
        `${formatProblems(problems)}\n\n${problems.length} problem${problems.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}.\n`,
      );
      return 1;
    }
    process.stdout.write(`content ok: ${content.articles.length} articles, ${content.stories.length} stories.\n`);
    return 0;
  },
};
