import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { main } from "../../../../cli/main.ts";
import { COMPONENT_NAMES } from "../../../../lib/content/lesson/components/component-registry.ts";
import { loadCheckedLesson } from "../../../../lib/content/lesson/lesson-facts-loader.ts";
import { loadContent } from "../../../../lib/content/load-content.ts";
import { STORY, tempProject } from "./lesson-helpers.ts";

let project: ReturnType<typeof tempProject>;
let out = "";
let err = "";

beforeEach(() => {
  project = tempProject();
  out = "";
  err = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => ((err += String(chunk)), true));
});
afterEach(() => {
  vi.restoreAllMocks();
  project.remove();
});

/** Runs the CLI in-process against the temp project. */
const run = (...argv: string[]) => main([...argv, ...(argv.includes("--help") ? [] : ["--root", project.root])]);
const lessonFile = (slug: string) => join(project.lessons, `${slug}.mdx`);

describe("quizwire new lesson", () => {
  test("scaffolds every component once, and the scaffold passes check as written", async () => {
    expect(await run("new", "lesson", "who-said-what", "--story", STORY)).toBe(0);
    expect(out).toBe("wrote content/lessons/who-said-what.mdx: edit it, run `npx quizwire check`, and see it at /lessons/who-said-what with `npm run dev`.\n");
    const text = readFileSync(lessonFile("who-said-what"), "utf8");
    for (const name of COMPONENT_NAMES) expect(text.match(new RegExp(`<${name}[ />]`, "g")) ?? [], name).toHaveLength(name === "Choice" ? 3 : name === "Vocabulary" ? 2 : 1);
    expect(text).toContain(`story: ${STORY}`);
    expect(text).toMatch(/\{\/\* Quote shows a quote/);

    out = "";
    expect(await run("check"), err).toBe(0);
    expect(out).toBe("content ok: 5 articles, 1 stories, 1 lesson.\n");

    const content = loadContent(project.root);
    const checked = loadCheckedLesson(project.root, content, content.lessons[0]!);
    expect(checked.problems).toEqual([]);
    const quote = checked.lesson.blocks.find((b) => b.type === "quote");
    expect(quote?.type === "quote" && checked.facts!.story.quotes.some((g) => g.id === quote.quoteId)).toBe(true);
    expect(checked.lesson.questions.map((q) => q.kind)).toEqual(["choice", "true-false", "cloze"]);
  });

  test("--articles scaffolds a lesson over those articles that passes check", async () => {
    const articles = "trump-putin-call-begins-going-well,leaders-press-putin-ahead-of-trump-talks";
    expect(await run("new", "lesson", "two-reports", "--articles", articles), err).toBe(0);
    expect(readFileSync(lessonFile("two-reports"), "utf8")).toContain("articles:\n  - trump-putin-call-begins-going-well\n  - leaders-press-putin-ahead-of-trump-talks\n");
    expect(await run("check"), err).toBe(0);
  });

  test("refuses to overwrite without --force", async () => {
    expect(await run("new", "lesson", "mine", "--story", STORY)).toBe(0);
    expect(await run("new", "lesson", "mine", "--story", STORY)).toBe(1);
    expect(err).toBe("content/lessons/mine.mdx exists already; pass --force to overwrite it, or choose another slug.\n");
    expect(await run("new", "lesson", "mine", "--story", STORY, "--force")).toBe(0);
  });

  /** arguments, and the first line of the usage error. */
  const usage: [string, string[], RegExp][] = [
    ["an unknown story, listing the stories", ["lesson", "x", "--story", "nope"], /^quizwire new: unknown story "nope"; stories: trump-putin-call-2025-03\.$/],
    ["an unknown article", ["lesson", "x", "--articles", "nope,trump-putin-call-begins-going-well"], /^quizwire new: unknown article "nope"; articles: /],
    ["no story and no articles", ["lesson", "x"], /say what the lesson covers: --story S or --articles A,B/],
    ["both story and articles", ["lesson", "x", "--story", STORY, "--articles", "a"], /give --story or --articles, not both/],
    ["a slug that is not one", ["lesson", "Who Said", "--story", STORY], /the slug must be lowercase words joined by hyphens, like who-said\./],
    ["the story's own slug", ["lesson", STORY, "--story", STORY], /is already an article or story slug/],
    ["something other than a lesson", ["quiz", "x"], /cannot make a "quiz"; only `quizwire new lesson SLUG` exists/],
    ["no slug", ["lesson", "--story", STORY], /name the lesson/],
  ];

  test.for(usage)("is a usage error (exit 2) for %s", async ([, args, message]) => {
    expect(await run("new", ...args)).toBe(2);
    expect(err.split("\n")[0]).toMatch(message);
    expect(err).toContain("Usage: quizwire new lesson SLUG (--story S | --articles A,B)");
    expect(readdirSync(project.lessons)).toEqual([]);
  });

  test("--help describes the command", async () => {
    expect(await run("new", "--help")).toBe(0);
    expect(out).toContain("Usage: quizwire new lesson SLUG");
    expect(out).toContain("--force");
  });
});
