import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import type { Command } from "../args.ts";
import { parseArgs, UsageError } from "../args.ts";
import { isCalendarDate } from "../../lib/content/article-frontmatter-schema.ts";
import { parseArticle } from "../../lib/content/article-parser.ts";
import { languageMessage } from "../../lib/content/article-language.ts";
import { otherLanguage } from "../../lib/text/language.ts";
import { formatProblems } from "../../lib/content/content-problem.ts";
import { importArticle, renderArticleFile } from "../../lib/content/importer/article-importer.ts";
import { isSlug, slugify } from "../../lib/content/slug.ts";

export const importCommand: Command = {
  name: "import",
  summary: "Turn raw article text into content/articles/<slug>.md, removing page furniture.",
  usage: "FILE... [--published D] [--title T] [--outlet O] [--author A] [--url U] [--story S] [--slug S] [--force] [--dry-run]",
  options: {
    "--published D": "publication date, YYYY-MM-DD (required unless the text starts with `date YYYY-MM-DD`)",
    "--title T": "title (default: the first line, when it looks like a headline)",
    "--outlet O": "the outlet that published it",
    "--author A": "the author (default: a byline found in the text)",
    "--url U": "the article's web address",
    "--story S": "story slug grouping articles about one event (listed in content/stories.yaml)",
    "--slug S": "file name to use (default: made from the title)",
    "--force": "overwrite an existing article",
    "--dry-run": "show what would be written without writing",
  },
  async run(argv) {
    const args = parseArgs(argv, ["published", "title", "outlet", "author", "url", "story", "slug"], ["force", "dry-run"]);
    if (!args.positionals.length) throw new UsageError("name at least one text file to import.");
    for (const single of ["title", "slug", "url"]) {
      if (args.values.has(single) && args.positionals.length > 1) throw new UsageError(`--${single} applies to one file; import the files one at a time.`);
    }
    const published = args.values.get("published");
    if (published && !isCalendarDate(published)) throw new UsageError(`--published must be a date like 2025-03-17, got "${published}".`);
    let failed = 0;
    for (const file of args.positionals) {
      if (!existsSync(file)) {
        process.stderr.write(`${file}: no such file.\n`);
        failed++;
        continue;
      }
      const imported = importArticle(readFileSync(file, "utf8"));
      const title = args.values.get("title") ?? imported.title;
      const date = published ?? imported.published;
      if (!title || !date) {
        const missing = [!title && "--title (the first line does not look like a headline)", !date && "--published"].filter(Boolean);
        process.stderr.write(`${file}: cannot import without ${missing.join(" and ")}.\n`);
        failed++;
        continue;
      }
      const slug = args.values.get("slug") ?? slugify(title);
      if (!isSlug(slug)) throw new UsageError(`--slug must be lowercase words joined by hyphens, got "${slug}".`);
      const target = join("content", "articles", `${slug}.md`);
      // Text in another language is imported as a reading, labelled, so the site neither extracts from it nor stops the build.
      const language = otherLanguage(imported.body);
      const frontmatter = {
        title,
        published: date,
        ...(language ? { language: language.tag } : {}),
        outlet: args.values.get("outlet"),
        author: args.values.get("author") ?? imported.author,
        url: args.values.get("url"),
        story: args.values.get("story"),
      };
      const output = renderArticleFile(frontmatter, imported.body);
      const check = parseArticle(target, slug, new TextEncoder().encode(output));
      if (check.problems.length) {
        process.stderr.write(`${file}: the result would not be a valid article:\n${formatProblems(check.problems)}\n`);
        failed++;
        continue;
      }
      if (existsSync(target) && !args.flags.has("force") && !args.flags.has("dry-run")) {
        process.stderr.write(`${target} exists already; pass --force to overwrite it, or --slug to choose another name.\n`);
        failed++;
        continue;
      }
      report(file, target, imported.paragraphs.length, imported.removed, args.flags.has("dry-run"));
      if (language) process.stdout.write(`  note: ${languageMessage(language)}; it is imported as a reading with "language: ${language.tag}".\n`);
      if (!args.flags.has("dry-run")) {
        mkdirSync(join("content", "articles"), { recursive: true });
        writeFileSync(target, output);
      }
    }
    return failed ? 1 : 0;
  },
};

function report(file: string, target: string, kept: number, removed: ReturnType<typeof importArticle>["removed"], dryRun: boolean) {
  const verb = dryRun ? "would write" : "wrote";
  const lines = removed.map((r) => `  - line ${r.line}, ${r.reason}: ${r.text.length > 70 ? `${r.text.slice(0, 67)}…` : r.text}`);
  process.stdout.write(
    `${basename(file, extname(file))}: ${verb} ${target} (${kept} paragraphs)` +
      (lines.length ? `; removed ${lines.length}:\n${lines.join("\n")}\n` : "; nothing removed.\n"),
  );
}
