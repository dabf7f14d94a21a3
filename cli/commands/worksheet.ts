import { join, relative } from "node:path";
import type { Command } from "../args.ts";
import { parseArgs, UsageError } from "../args.ts";
import { parseVersion, type Version } from "../../lib/worksheet/version.ts";
import { WORKSHEET_VARIANTS, worksheetPdfPath, worksheetRoute, type WorksheetVariant } from "../../lib/worksheet/worksheet-paths.ts";
import { builtLessons, builtVersions, isBuilt, missingPage } from "../worksheet/built-site.ts";
import { PAPERS, renderPdfs, type Paper, type PdfJob, type PdfResult } from "../worksheet/render-pdf.ts";

export const worksheetCommand: Command = {
  name: "worksheet",
  summary: "Print a lesson's worksheet, answer key or large-print sheet to PDF from the built site (Chromium).",
  usage: "LESSON [--version A] [--key | --large] [--paper a4|letter] [--site DIR] --pdf FILE\n       quizwire worksheet --all [--out DIR] [--paper a4|letter] [--site DIR]",
  options: {
    "--version V": "the version letter (default A); A and B are built, more with QUIZWIRE_WORKSHEET_VERSIONS=A-D npm run build",
    "--key": "the answer key of the version",
    "--large": "the large-print sheet (18 pt and up, one column); the version's key marks it too",
    "--paper P": "a4 (default) or letter",
    "--pdf FILE": "where to write the PDF",
    "--all": "every built version of every lesson: sheet, key and large print, into DIR/worksheets/<lesson>/",
    "--out DIR": "with --all: where worksheets/ goes (default: the site folder, so the lesson pages link to the PDFs)",
    "--site DIR": "the built site (default out)",
  },
  async run(argv) {
    const args = parseArgs(argv, ["version", "paper", "pdf", "site", "out"], ["key", "large", "all"]);
    const site = args.values.get("site") ?? "out";
    const paper = parsePaper(args.values.get("paper"));
    if (args.flags.has("all")) {
      if (args.positionals.length || args.values.has("pdf") || args.values.has("version") || args.flags.has("key") || args.flags.has("large")) {
        throw new UsageError("--all prints everything: give no lesson, --version, --key, --large or --pdf with it.");
      }
      return printAll(site, args.values.get("out") ?? site, paper);
    }
    if (args.values.has("out")) throw new UsageError("--out goes with --all; name one PDF with --pdf FILE.");
    const [lesson, ...extra] = args.positionals;
    if (!lesson || extra.length) throw new UsageError("name one lesson (its slug, as in /lessons/<slug>), or use --all.");
    const pdf = args.values.get("pdf");
    if (!pdf) throw new UsageError("say where to write the PDF with --pdf FILE.");
    if (args.flags.has("key") && args.flags.has("large")) {
      throw new UsageError("large print has no key of its own: the questions and letters are the same, so mark it with --key.");
    }
    const rawVersion = args.values.get("version") ?? "A";
    const version = parseVersion(rawVersion);
    if (!version) throw new UsageError(`--version must be one letter from A to Z, got "${rawVersion}".`);
    const variant: WorksheetVariant = args.flags.has("key") ? "key" : args.flags.has("large") ? "large" : "sheet";
    const missing = missingPage(site, lesson, version, variant);
    if (missing) {
      process.stderr.write(`quizwire worksheet: ${missing}\n`);
      return 1;
    }
    report(await renderPdfs(site, [{ route: worksheetRoute(lesson, version, variant), file: pdf }], paper));
    return 0;
  },
};

function parsePaper(raw: string | undefined): Paper {
  const paper = (raw ?? "a4").toLowerCase();
  if (!(paper in PAPERS)) throw new UsageError(`--paper must be a4 or letter, got "${raw}".`);
  return paper as Paper;
}

async function printAll(site: string, out: string, paper: Paper): Promise<number> {
  if (!isBuilt(site)) {
    process.stderr.write(`quizwire worksheet: no built site in ${site}: run "npm run build" first, then run this again.\n`);
    return 1;
  }
  const jobs: PdfJob[] = builtLessons(site).flatMap((lesson) =>
    builtVersions(site, lesson).flatMap((version: Version) =>
      WORKSHEET_VARIANTS.map((variant) => ({ route: worksheetRoute(lesson, version, variant), file: join(out, worksheetPdfPath(lesson, version, variant)) })),
    ),
  );
  if (!jobs.length) {
    process.stderr.write(`quizwire worksheet: ${site} has no worksheets: is it a build of this project?\n`);
    return 1;
  }
  const results = await renderPdfs(site, jobs, paper);
  report(results);
  process.stdout.write(`${results.length} PDFs written to ${join(out, "worksheets")}.\n`);
  return 0;
}

function report(results: readonly PdfResult[]) {
  for (const r of results) {
    process.stdout.write(`${relative(process.cwd(), r.file) || r.file}: ${r.pages} page${r.pages === 1 ? "" : "s"}, ${(r.bytes / 1024).toFixed(0)} kB\n`);
  }
}
