import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import type { Command } from "../args.ts";
import { parseArgs, UsageError } from "../args.ts";
import { extractFacts } from "../../lib/extract/pipeline.ts";
import { toEvalContract } from "../../lib/extract/eval-contract.ts";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const factsCommand: Command = {
  name: "facts",
  summary: "Extract quotes, people, places, dates and numbers from an article.",
  usage: "FILE [--published YYYY-MM-DD] [--json]",
  options: {
    "--published D": "publication date for a plain .txt (content .md files carry their own)",
    "--json": "print JSON instead of a readable table",
    "--debug": "print why each fact was kept or dropped (stderr)",
  },
  async run(argv) {
    const args = parseArgs(argv, ["published"], ["json", "debug"]);
    const [file] = args.positionals;
    if (!file) throw new UsageError("name an article file.");
    const published = args.values.get("published");
    if (published && !DATE.test(published)) throw new UsageError(`--published must be YYYY-MM-DD, got "${published}".`);
    const text = readFileSync(file, "utf8");
    const slug = basename(file, extname(file));
    const facts = extractFacts(text, {
      article: slug,
      published: published ?? new Date().toISOString().slice(0, 10),
      debug: args.flags.has("debug") ? (line) => process.stderr.write(`${line}\n`) : undefined,
    });
    if (args.flags.has("json")) {
      process.stdout.write(`${JSON.stringify(toEvalContract(facts), null, 2)}\n`);
      return 0;
    }
    process.stdout.write(JSON.stringify(toEvalContract(facts), null, 2) + "\n");
    return 0;
  },
};
