import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test as base } from "vitest";
import { formatProblem } from "../../../../lib/content/content-problem.ts";
import { loadLessonFacts, quizInputOf } from "../../../../lib/content/lesson/lesson-facts-loader.ts";
import { loadContent } from "../../../../lib/content/load-content.ts";

/** A throwaway project: two articles in `known-story`, one alone, and a lessons folder. */
const test = base.extend<{ project: { root: string; lesson: (name: string, text: string) => void } }>({
  project: async ({}, use) => {
    const root = mkdtempSync(join(tmpdir(), "quizwire-load-lessons-"));
    mkdirSync(join(root, "content/articles"), { recursive: true });
    mkdirSync(join(root, "content/lessons"), { recursive: true });
    writeFileSync(join(root, "content/stories.yaml"), "known-story:\n  title: A known story\n");
    const article = (slug: string, story: string, body: string) =>
      writeFileSync(join(root, "content/articles", `${slug}.md`), `---\ntitle: ${slug}\npublished: 2025-03-17\n${story}---\n\n${body}\n`);
    article("first-report", "story: known-story\n", '"We will meet again soon," the mayor said on Monday.');
    article("second-report", "story: known-story\n", '"We will meet again soon," Mayor Ana Costa said.');
    article("lone-report", "", "The council met in Lisbon on Tuesday.");
    await use({ root, lesson: (name, text) => writeFileSync(join(root, "content/lessons", name), text) });
    rmSync(root, { recursive: true, force: true });
  },
});

const lesson = (cover: string, body = "## Reading\n\nRead the reports.") =>
  `---\ntitle: A lesson\nsummary: A summary.\n${cover}\nlevel: 9\nobjectives:\n  - Read\nminutes: 20\n---\n\n${body}\n`;
const lines = (root: string) => loadContent(root).problems.map(formatProblem);

describe("loadLessons through loadContent", () => {
  test("no lessons folder is no lesson and no problem", ({ project }) => {
    rmSync(join(project.root, "content/lessons"), { recursive: true });
    const content = loadContent(project.root);
    expect([content.lessons, content.problems]).toEqual([[], []]);
  });

  test("good .mdx and .md lessons load beside bad ones, sorted by file name", ({ project }) => {
    project.lesson("b-story.mdx", lesson("story: known-story"));
    project.lesson("a-articles.md", lesson("articles:\n  - lone-report\n  - first-report"));
    project.lesson("c-broken.mdx", lesson("story: known-story", "<Quizz />"));
    const content = loadContent(project.root);
    expect(content.lessons.map((l) => [l.slug, l.file])).toEqual([
      ["a-articles", "content/lessons/a-articles.md"],
      ["b-story", "content/lessons/b-story.mdx"],
    ]);
    expect(content.lessonDrafts.map((l) => l.slug)).toEqual(["c-broken"]);
    expect(content.problems.map(formatProblem)).toEqual([expect.stringMatching(/^content\/lessons\/c-broken\.mdx:11 <Quizz>: unknown component; did you mean <Quiz>\?/)]);
  });

  /** file, its text, and the exact problem lines. */
  const cases: [string, string, string, RegExp][] = [
    ["unknown article", "bad-articles.mdx", lesson("articles:\n  - lone-report\n  - no-such-report"), /^content\/lessons\/bad-articles\.mdx:6 articles\[1\]: no article "no-such-report" in content\/articles/],
    ["unknown story", "bad-story.mdx", lesson("story: other-story"), /^content\/lessons\/bad-story\.mdx:4 story: unknown story "other-story": .* one of: known-story$/],
    ["slug of an article", "lone-report.mdx", lesson("story: known-story"), /^content\/lessons\/lone-report\.mdx:1 "lone-report" is also the slug of an article: lesson slugs share \/lessons\/ with automatic lessons, so rename the file/],
    ["slug of a story", "known-story.mdx", lesson("story: known-story"), /^content\/lessons\/known-story\.mdx:1 "known-story" is also the slug of a story/],
    ["file name not a slug", "Who Said.mdx", lesson("story: known-story"), /^content\/lessons\/Who Said\.mdx:1 the file name must be a slug .*: rename it to who-said\.mdx$/],
    ["not a lesson file", "notes.txt", "notes", /^content\/lessons\/notes\.txt:1 not a lesson: lessons are \.mdx files/],
    ["link to a missing article", "links.mdx", lesson("story: known-story", "Read\n[this](/articles/gone)."), /^content\/lessons\/links\.mdx:12 link: \/articles\/gone: there is no article "gone"/],
    ["link to a missing lesson", "links.mdx", lesson("story: known-story", "See [it](/lessons/nowhere/quiz)."), /^content\/lessons\/links\.mdx:11 link: \/lessons\/nowhere\/quiz: there is no lesson "nowhere"/],
    // An article of a story has no lesson of its own: its story's lesson stands for it.
    ["link to a story article's lesson", "links.mdx", lesson("story: known-story", "See [it](/lessons/first-report)."), /there is no lesson "first-report"/],
  ];

  test.for(cases)("reports %s with file and line", ([, name, text, message], { project }) => {
    project.lesson(name, text);
    const content = loadContent(project.root);
    const found = content.problems.map(formatProblem);
    expect(found.length, found.join("\n")).toBe(1);
    expect(found[0]).toMatch(message);
    expect(content.lessons).toEqual([]);
  });

  test("links to articles, stories, lone articles' lessons, other lessons and the web all pass", ({ project }) => {
    const body = "[a](/articles/lone-report#p-0) [b](/lessons/known-story) [c](/lessons/lone-report/quiz?seed=2) [d](/lessons/other) [e](https://example.com/x)";
    project.lesson("links.mdx", lesson("story: known-story", body));
    project.lesson("other.mdx", lesson("story: known-story"));
    expect(lines(project.root)).toEqual([]);
  });

  test("Who-Said.mdx and who-said.mdx: the duplicate names both files and neither loads", ({ project }) => {
    project.lesson("Who-Said.mdx", lesson("story: known-story"));
    project.lesson("who-said.mdx", lesson("story: known-story"));
    const content = loadContent(project.root);
    expect(content.problems.map(formatProblem).sort()).toEqual([
      "content/lessons/Who-Said.mdx:1 duplicate lesson slug \"who-said\": content/lessons/who-said.mdx has it too; rename one of the two files",
      "content/lessons/Who-Said.mdx:1 the file name must be a slug (lowercase words joined by hyphens): rename it to who-said.mdx",
      "content/lessons/who-said.mdx:1 duplicate lesson slug \"who-said\": content/lessons/Who-Said.mdx has it too; rename one of the two files",
    ]);
    expect(content.lessons).toEqual([]);
  });

  test("loadLessonFacts merges a lesson's listed articles like a story, and a story lesson gets its story", ({ project }) => {
    project.lesson("pair.mdx", lesson("articles:\n  - lone-report\n  - second-report"));
    project.lesson("whole.mdx", lesson("story: known-story"));
    const content = loadContent(project.root);
    const [pair, whole] = content.lessons;
    const pairFacts = loadLessonFacts(project.root, content, pair!)!;
    expect(pairFacts.story.story).toBe("pair");
    expect(pairFacts.articles.map((a) => a.article.slug).sort()).toEqual(["lone-report", "second-report"]);
    expect(quizInputOf(pairFacts).articles.map((a) => a.slug).sort()).toEqual(["lone-report", "second-report"]);
    const wholeFacts = loadLessonFacts(project.root, content, whole!)!;
    expect(wholeFacts.story.story).toBe("known-story");
    expect(wholeFacts.articles.map((a) => a.article.slug).sort()).toEqual(["first-report", "second-report"]);
    expect(wholeFacts.story.quotes.map((q) => q.text)).toContain("We will meet again soon,");
  });
});
