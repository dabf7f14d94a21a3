import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, test } from "vitest";
import { PARAGRAPHS } from "../../fixtures/languages.ts";

const ROOT = join(import.meta.dirname, "../../..");
const CLI = join(ROOT, "bin/quizwire.mjs");
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh copy of the bundled content per test, so one test's edits never leak into another. */
let copy = "";
beforeEach(() => {
  copy = mkdtempSync(join(tmpdir(), "quizwire-cli-"));
  copies.push(copy);
  cpSync(join(ROOT, "content"), join(copy, "content"), { recursive: true });
});

const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: copy, encoding: "utf8" });

describe("quizwire check", () => {
  test("exits 0 on the bundled content", () => {
    const result = run("check");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^content ok: 5 articles, 1 stories(, \d+ lessons?)?\./);
  });

  test("exits 1 naming the file and line of a broken published date", () => {
    const file = join(copy, "content/articles/leaders-press-putin-ahead-of-trump-talks.md");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^published: .*$/m, "published: 17 March 2025"));
    const result = run("check");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'content/articles/leaders-press-putin-ahead-of-trump-talks.md:3 published: expected a date like 2025-03-17, got "17 March 2025"',
    );
  });

  test("--help describes the command and unknown options are refused", () => {
    expect(run("check", "--help").stdout).toContain("Usage: quizwire check");
    const bad = run("check", "--rot", ".");
    expect([bad.status, bad.stderr.split("\n")[0]]).toEqual([2, "quizwire check: unknown option --rot."]);
  });
});

describe("quizwire import", () => {
  test("writes an article, says what it removed, and refuses to overwrite without --force", () => {
    const raw = join(copy, "raw.txt");
    writeFileSync(raw, "City council approves new bike lanes\n\nBy Ana Costa\n\nThe council voted 7-2 on Monday, the mayor said.\n\nAdvertisement\n");
    const first = run("import", raw, "--published", "2024-05-06");
    expect(first.status).toBe(0);
    expect(first.stdout).toContain("wrote content/articles/city-council-approves-new-bike-lanes.md (1 paragraphs); removed 3:");
    expect(first.stdout).toMatch(/line 3, byline \(used as the author\): By Ana Costa/);
    const written = readFileSync(join(copy, "content/articles/city-council-approves-new-bike-lanes.md"), "utf8");
    expect(written).toBe(
      "---\ntitle: City council approves new bike lanes\npublished: 2024-05-06\nauthor: Ana Costa\n---\n\nThe council voted 7-2 on Monday, the mayor said.\n",
    );
    const again = run("import", raw, "--published", "2024-05-06");
    expect([again.status, again.stderr.trim()]).toEqual([
      1,
      "content/articles/city-council-approves-new-bike-lanes.md exists already; pass --force to overwrite it, or --slug to choose another name.",
    ]);
    expect(run("import", raw, "--published", "2024-05-06", "--force").status).toBe(0);
    expect(execFileSync(process.execPath, [CLI, "check"], { cwd: copy, encoding: "utf8" })).toContain("6 articles");
  });

  test("asks for a title when the first line is not a headline", () => {
    const raw = join(copy, "plain.txt");
    writeFileSync(raw, "The council voted on Monday. It was close.\n");
    const result = run("import", raw, "--published", "2024-05-06");
    expect([result.status, result.stderr.trim()]).toEqual([1, `${raw}: cannot import without --title (the first line does not look like a headline).`]);
  });
});

describe("text in another language", () => {
  const MESSAGE = "the text reads as French: quizwire finds quotes, names and dates in English only, so it extracts no facts and makes no quiz from it.";

  test.each([["facts"], ["quiz"]])("quizwire %s says so and extracts nothing", (command) => {
    const raw = join(copy, "conseil.txt");
    writeFileSync(raw, `${PARAGRAPHS.french}\n`);
    const result = run(command, raw, "--published", "2025-03-17", "--json");
    expect([result.status, result.stdout, result.stderr.trim()]).toEqual([1, "", `${raw}: ${MESSAGE}`]);
  });

  test("quizwire import labels it, so check passes and the site keeps it as a reading", () => {
    const raw = join(copy, "conseil.txt");
    writeFileSync(raw, `Le conseil ferme deux bibliothèques\n\n${PARAGRAPHS.french}\n`);
    const result = run("import", raw, "--published", "2025-03-17");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`note: ${MESSAGE.slice(0, -1)}; it is imported as a reading with "language: fr".`);
    expect(readFileSync(join(copy, "content/articles/le-conseil-ferme-deux-bibliotheques.md"), "utf8")).toMatch(/^language: fr$/m);
    expect(run("check").status).toBe(0);
  });
});
