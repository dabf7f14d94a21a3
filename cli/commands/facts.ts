import { existsSync, readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import type { Command } from "../args.ts";
import { parseArgs, UsageError } from "../args.ts";
import { formatFactsTable } from "../facts-table.ts";
import { formatStoryTable } from "../story-table.ts";
import { loadStoryFacts } from "../../lib/content/facts-loader.ts";
import { loadContent } from "../../lib/content/load-content.ts";
import { isCalendarDate } from "../../lib/content/article-frontmatter-schema.ts";
import { parseArticle } from "../../lib/content/article-parser.ts";
import { unreadableLanguage } from "../../lib/content/article-language.ts";
import { otherLanguage } from "../../lib/text/language.ts";
import { refusesLanguage } from "../language-guard.ts";
import { formatProblems } from "../../lib/content/content-problem.ts";
import { normalizeNewlines } from "../../lib/content/text-decoder.ts";
import { toEvalContract } from "../../lib/extract/eval-contract.ts";
import { extractFacts } from "../../lib/extract/pipeline.ts";

export const factsCommand: Command = {
  name: "facts",
  summary: "Extract quotes, people, places, dates and numbers from an article.",
  usage: "FILE [--published YYYY-MM-DD] [--json] [--debug] | --story SLUG [--json]",
  options: {
    "--story SLUG": "merge the facts of every article of a story in content/ (quotes per outlet, conflicts)",
    "--published D": "publication date: required for a plain .txt; overrides a content .md file's own",
    "--json": "print JSON instead of a readable table",
    "--debug": "print why candidates were kept or dropped (on stderr)",
  },
  async run(argv) {
    const args = parseArgs(argv, ["published", "story"], ["json", "debug"]);
    const story = args.values.get("story");
    if (story) return printStory(story, args.flags.has("json"));
    const [file, extra] = args.positionals;
    if (!file) throw new UsageError("name an article file (.md from content/articles, or a plain .txt).");
    if (extra) throw new UsageError("name one file at a time.");
    const published = args.values.get("published");
    if (published && !isCalendarDate(published)) throw new UsageError(`--published must be a date like 2025-03-17, got "${published}".`);
    if (!existsSync(file)) {
      process.stderr.write(`${file}: no such file.\n`);
      return 1;
    }
    const slug = basename(file, extname(file));
    let text: string;
    let date = published;
    if (/\.(md|markdown)$/.test(file)) {
      const parsed = parseArticle(file, slug, readFileSync(file));
      if (!parsed.article) {
        process.stderr.write(`${formatProblems(parsed.problems)}\n`);
        return 1;
      }
      if (refusesLanguage(file, unreadableLanguage(parsed.article))) return 1;
      text = parsed.article.body;
      date ??= parsed.article.frontmatter.published;
    } else {
      text = normalizeNewlines(readFileSync(file, "utf8"));
      if (refusesLanguage(file, otherLanguage(text))) return 1;
    }
    if (!date) throw new UsageError("a plain text file needs --published YYYY-MM-DD to resolve dates such as “on Tuesday”.");
    const debug = args.flags.has("debug") ? (line: string) => process.stderr.write(`${line}\n`) : undefined;
    const facts = extractFacts(text, { article: slug, published: date, debug });
    process.stdout.write(args.flags.has("json") ? `${JSON.stringify(toEvalContract(facts), null, 2)}\n` : formatFactsTable(facts));
    return 0;
  },
};

function printStory(slug: string, json: boolean): number {
  const root = process.cwd();
  const content = loadContent(root);
  const loaded = loadStoryFacts(root, content, slug);
  if (!loaded) {
    const known = content.stories.map((s) => s.slug).join(", ") || "none";
    process.stderr.write(`no story or article "${slug}" in content/ (stories: ${known}).\n`);
    return 1;
  }
  if (loaded.problems.length) process.stderr.write(`${formatProblems(loaded.problems)}\n`);
  process.stdout.write(json ? `${JSON.stringify(loaded.story, null, 2)}\n` : formatStoryTable(loaded.story));
  return 0;
}
