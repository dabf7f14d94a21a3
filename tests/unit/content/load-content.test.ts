import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test as base } from "vitest";
import { formatProblem } from "../../../lib/content/content-problem.ts";
import { loadContent } from "../../../lib/content/load-content.ts";
import { isReadable } from "../../../lib/content/article-language.ts";
import { loadArticleFacts } from "../../../lib/content/facts-loader.ts";
import { lessonList } from "../../../lib/site/lesson-list.ts";
import { PARAGRAPHS } from "../../fixtures/languages.ts";

/** A throwaway project folder with content/articles and a story list. */
const test = base.extend<{ project: { root: string; write: (name: string, body: string | Uint8Array) => void } }>({
  project: async ({}, use) => {
    const root = mkdtempSync(join(tmpdir(), "quizwire-content-"));
    mkdirSync(join(root, "content", "articles"), { recursive: true });
    writeFileSync(join(root, "content", "stories.yaml"), "known-story:\n  title: A known story\n");
    await use({ root, write: (name, body) => writeFileSync(join(root, "content", "articles", name), body) });
    rmSync(root, { recursive: true, force: true });
  },
});

const good = (fields: string, body = "Some article text.") => `---\n${fields}\n---\n\n${body}\n`;
const utf8 = (text: string) => new TextEncoder().encode(text);

/** file name, file bytes, expected `file:line field:` prefix, and a phrase the message must hold. */
const malformed: [string, string | Uint8Array, string, RegExp][] = [
  ["missing-title.md", good("published: 2025-03-17"), "content/articles/missing-title.md:1 title:", /required: add a line like title:/],
  ["bad-date.md", good("title: T\npublished: March 17"), "content/articles/bad-date.md:3 published:", /expected a date like 2025-03-17, got "March 17"/],
  ["impossible-date.md", good("title: T\npublished: 2025-02-30"), "content/articles/impossible-date.md:3 published:", /got "2025-02-30"/],
  ["misspelt-key.md", good("title: T\npublished: 2025-03-17\npublised: 2025-03-17"), "content/articles/misspelt-key.md:4 publised:", /did you mean "published"/],
  ["empty-body.md", good("title: T\npublished: 2025-03-17", "   "), "content/articles/empty-body.md:5 body:", /no text/],
  ["bad-bytes.md", new Uint8Array([...utf8("---\ntitle: Caf"), 0xe9, ...utf8("\npublished: 2025-03-17\n---\n\nText\n")]), "content/articles/bad-bytes.md:2", /not valid UTF-8 \(byte 0xE9\)/],
  ["with-bom.md", utf8(`\uFEFF${good("title: T\npublished: 17/03/2025")}`), "content/articles/with-bom.md:3 published:", /expected a date/],
  ["crlf.md", good("title: T\npublished: 2025-03-17\nstory: [a, b]").replace(/\n/g, "\r\n"), "content/articles/crlf.md:4 story:", /expected a slug .* got a list/],
  ["unclosed.md", "---\ntitle: T\npublished: 2025-03-17\n\nText without a closing fence\n", "content/articles/unclosed.md:1", /never closed/],
  ["story-type.md", good("title: T\npublished: 2025-03-17\nstory: 42"), "content/articles/story-type.md:4 story:", /expected a slug .* got a number \(42\)/],
  ["unknown-story.md", good("title: T\npublished: 2025-03-17\nstory: no-such-story"), "content/articles/unknown-story.md:4 story:", /unknown story "no-such-story": add it to content\/stories.yaml/],
  ["no-frontmatter.md", "Just text, no fields.\n", "content/articles/no-frontmatter.md:1", /no frontmatter/],
  ["bad-yaml.md", good('title: "unclosed\npublished: 2025-03-17'), "content/articles/bad-yaml.md:", /YAML syntax/],
  ["bad-url.md", good("title: T\npublished: 2025-03-17\nurl: example.com/x"), "content/articles/bad-url.md:4 url:", /starting with https:\/\//],
  ["Bad Name.md", good("title: T\npublished: 2025-03-17"), "content/articles/Bad Name.md:1", /rename it to bad-name\.md/],
];

describe("loadContent", () => {
  test.for(malformed)("reports %s with file, line and field", ([name, bytes, prefix, message], { project }) => {
    project.write(name, bytes);
    const { problems, articles } = loadContent(project.root);
    const lines = problems.map(formatProblem);
    expect(lines.some((line) => line.startsWith(prefix) && message.test(line)), lines.join("\n")).toBe(true);
    expect(articles.map((a) => a.slug)).not.toContain(name.replace(/\.md$/, ""));
  });

  test("reports every problem of every file at once", ({ project }) => {
    project.write("one.md", good("title: T\npublished: March 17\nauthr: X"));
    project.write("two.md", good("published: 2025-03-17\nstory: 42"));
    const files = loadContent(project.root).problems.map((p) => `${p.file}:${p.line} ${p.field}`);
    expect(files.sort()).toEqual([
      "content/articles/one.md:3 published",
      "content/articles/one.md:4 authr",
      "content/articles/two.md:1 title",
      "content/articles/two.md:3 story",
    ]);
  });

  test("a duplicate slug names both files", ({ project }) => {
    project.write("ceasefire-call.md", good("title: A\npublished: 2025-03-17"));
    project.write("ceasefire-call.markdown", good("title: B\npublished: 2025-03-17"));
    const lines = loadContent(project.root).problems.map(formatProblem);
    expect(lines).toContain(
      'content/articles/ceasefire-call.md:1 duplicate slug "ceasefire-call": content/articles/ceasefire-call.markdown has it too; rename one of the two files',
    );
    expect(lines).toContain(
      'content/articles/ceasefire-call.markdown:1 duplicate slug "ceasefire-call": content/articles/ceasefire-call.md has it too; rename one of the two files',
    );
  });

  test("good files load beside bad ones, with BOM and CRLF normalised away", ({ project }) => {
    project.write("fine.md", utf8(`\uFEFF${good("title: Fine\npublished: 2025-03-17\nstory: known-story", "First.\n\nSecond.").replace(/\n/g, "\r\n")}`));
    project.write("broken.md", good("title: Broken"));
    const { articles, problems } = loadContent(project.root);
    expect(articles.map((a) => [a.slug, a.frontmatter.title, a.frontmatter.language, a.body])).toEqual([
      ["fine", "Fine", "en", "First.\n\nSecond."],
    ]);
    expect(problems.map((p) => p.file)).toEqual(["content/articles/broken.md"]);
  });

  test("a text file dropped among articles is reported with the import command to use", ({ project }) => {
    project.write("raw.txt", "Pasted text");
    expect(loadContent(project.root).problems.map(formatProblem)).toEqual([
      "content/articles/raw.txt:1 not an article: articles are .md files with frontmatter; turn raw text into one with `npx quizwire import`",
    ]);
  });
});

describe("articles in another language than English", () => {
  test("an unlabelled French article is kept as a reading, and reported with the line to add", ({ project }) => {
    project.write("conseil.md", good("title: Le conseil ferme deux bibliothèques\npublished: 2025-03-17", PARAGRAPHS.french));
    const { problems, articles } = loadContent(project.root);
    expect(problems.map(formatProblem)).toEqual([
      'content/articles/conseil.md:1 language: the text reads as French: quizwire finds quotes, names and dates in English only, so it extracts no facts and makes no quiz from it. Add "language: fr" to the frontmatter to publish it as a reading without a quiz, or import an English version.',
    ]);
    expect(articles.map((a) => a.slug)).toEqual(["conseil"]);
  });

  test("a labelled one is no problem, gives no facts and no automatic lesson; English beside it does", ({ project }) => {
    project.write("conseil.md", good("title: Le conseil ferme deux bibliothèques\npublished: 2025-03-17\nlanguage: fr", PARAGRAPHS.french));
    project.write("council.md", good("title: Council closes two libraries\npublished: 2025-03-17", PARAGRAPHS.english));
    const content = loadContent(project.root);
    expect(content.problems).toEqual([]);
    const bySlug = new Map(content.articles.map((a) => [a.slug, a]));
    expect(isReadable(bySlug.get("conseil")!)).toBe(false);
    expect(isReadable(bySlug.get("council")!)).toBe(true);
    expect(loadArticleFacts(project.root, bySlug.get("conseil")!).facts.dates).toEqual([]);
    expect(loadArticleFacts(project.root, bySlug.get("council")!).facts.dates.map((d) => d.text)).toContain("on Monday");
    expect(lessonList(content).map((l) => l.slug)).toEqual(["council"]);
  });
});
