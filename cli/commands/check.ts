import type { Command } from "../args.ts";
import { parseArgs } from "../args.ts";
import { formatProblems } from "../../lib/content/content-problem.ts";
import { loadContent } from "../../lib/content/load-content.ts";

export const checkCommand: Command = {
  name: "check",
  summary: "Validate all content and report every problem, grouped by file.",
  usage: "[--root DIR]",
  options: { "--root DIR": "project folder holding content/ (default: the current folder)" },
  async run(argv) {
    const args = parseArgs(argv, ["root"], []);
    const content = loadContent(args.values.get("root") ?? process.cwd());
    if (content.problems.length) {
      const files = new Set(content.problems.map((p) => p.file)).size;
      process.stderr.write(
        `${formatProblems(content.problems)}\n\n${content.problems.length} problem${content.problems.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}.\n`,
      );
      return 1;
    }
    process.stdout.write(`content ok: ${content.articles.length} articles, ${content.stories.length} stories.\n`);
    return 0;
  },
};
