import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { main } from "../../../cli/main.ts";

/** A stand-in for out/: two lessons, one with versions A and B built. */
let site = "";
let empty = "";
beforeAll(() => {
  site = mkdtempSync(join(tmpdir(), "quizwire-site-"));
  empty = mkdtempSync(join(tmpdir(), "quizwire-empty-"));
  mkdirSync(join(site, "lessons/call/worksheet/A"), { recursive: true });
  for (const file of ["index.html", "lessons/call.html", "lessons/vote.html", "lessons/call/worksheet/A.html", "lessons/call/worksheet/B.html"]) {
    writeFileSync(join(site, file), "<!doctype html><title>x</title>");
  }
});
afterAll(() => [site, empty].forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Runs the command in this process (no browser is reached: every case stops before printing). */
async function run(...args: string[]) {
  const output = { stdout: "", stderr: "" };
  const capture = (stream: "stdout" | "stderr") =>
    vi.spyOn(process[stream], "write").mockImplementation((chunk: string | Uint8Array) => {
      output[stream] += String(chunk);
      return true;
    });
  const spies = [capture("stdout"), capture("stderr")];
  try {
    return { status: await main(["worksheet", ...args]), ...output };
  } finally {
    spies.forEach((spy) => spy.mockRestore());
  }
}

describe("quizwire worksheet: what is missing, and how to get it", () => {
  test.each([
    ["no build", () => ["call", "--site", empty, "--pdf", "x.pdf"], /no built site in .*: run "npm run build" first/],
    ["no build, --all", () => ["--all", "--site", empty], /no built site in .*: run "npm run build" first/],
    ["an unknown lesson", () => ["budget", "--site", site, "--pdf", "x.pdf"], /no lesson "budget" in .*\. The lessons are: call, vote\./],
    ["a version the build lacks", () => ["call", "--version", "d", "--site", site, "--pdf", "x.pdf"], /version D of "call" is not in .* \(it has A, B\)\..*QUIZWIRE_WORKSHEET_VERSIONS=A-D npm run build/],
    ["a variant the build lacks", () => ["call", "--key", "--site", site, "--pdf", "x.pdf"], /version A of "call" is not in/],
  ])("%s: exit 1 with advice", async (_, args, message) => {
    const result = await run(...args());
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
  });

  test.each([
    [["call"], "say where to write the PDF with --pdf FILE."],
    [["--pdf", "x.pdf"], "name one lesson (its slug, as in /lessons/<slug>), or use --all."],
    [["call", "--version", "AB", "--pdf", "x.pdf"], '--version must be one letter from A to Z, got "AB".'],
    [["call", "--key", "--large", "--pdf", "x.pdf"], "large print has no key of its own: the questions and letters are the same, so mark it with --key."],
    [["call", "--paper", "legal", "--pdf", "x.pdf"], '--paper must be a4 or letter, got "legal".'],
    [["call", "--all"], "--all prints everything: give no lesson, --version, --key, --large or --pdf with it."],
    [["call", "--out", "dir", "--pdf", "x.pdf"], "--out goes with --all; name one PDF with --pdf FILE."],
  ])("%j is a usage error (exit 2)", async (args, message) => {
    const result = await run(...args);
    expect(result.status).toBe(2);
    expect(result.stderr.split("\n")[0]).toBe(`quizwire worksheet: ${message}`);
  });

  test("--help lists the options and the build variable for more versions", async () => {
    const help = (await run("--help")).stdout;
    expect(help).toContain("Usage: quizwire worksheet LESSON");
    expect(help).toContain("QUIZWIRE_WORKSHEET_VERSIONS=A-D");
  });
});
