import { appendFileSync, cpSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { contentProblems } from "../../../../cli/commands/check.ts";
import { formatProblem, type ContentProblem } from "../../../../lib/content/content-problem.ts";
import { loadCheckedLesson } from "../../../../lib/content/lesson/lesson-facts-loader.ts";
import { loadContent, type Content } from "../../../../lib/content/load-content.ts";
import { FIXTURES, tempProject } from "./lesson-helpers.ts";

/** fixture file, the `file:line field:` its problem starts with, and what the message must say. */
const expected: [string, string, RegExp][] = [
  ["bad-frontmatter.mdx", "content/lessons/bad-frontmatter.mdx:6 objectifs:", /unknown field; did you mean "objectives"\?/],
  ["bad-frontmatter.mdx", "content/lessons/bad-frontmatter.mdx:8 minutes:", /expected a whole number, got "forty"/],
  ["unknown-story.mdx", "content/lessons/unknown-story.mdx:4 story:", /unknown story "no-such-story": add it to content\/stories\.yaml or use one of: trump-putin-call-2025-03/],
  ["unknown-component.mdx", "content/lessons/unknown-component.mdx:15 <Timline>:", /unknown component; did you mean <Timeline>\?/],
  ["quote-no-match.mdx", "content/lessons/quote-no-match.mdx:13 <Quote> match:", /no quote in this lesson's articles contains "the moon is made of cheese"/],
  ["quote-ambiguous.mdx", "content/lessons/quote-ambiguous.mdx:13 <Quote> match:", /"be talking about land" is in \d different quotes .*: add words so it names one/],
  ["question-no-correct.mdx", "content/lessons/question-no-correct.mdx:13 <Question>:", /no choice is marked correct/],
  ["question-two-correct.mdx", "content/lessons/question-two-correct.mdx:13 <Question>:", /two choices are marked correct; mark one, or add `multiple`/],
  ["duplicate-slug.mdx", "content/lessons/duplicate-slug.mdx:1", /duplicate lesson slug "duplicate-slug": content\/lessons\/duplicate_slug\.mdx has it too/],
  ["duplicate_slug.mdx", "content/lessons/duplicate_slug.mdx:1", /duplicate lesson slug "duplicate-slug": content\/lessons\/duplicate-slug\.mdx has it too/],
  ["duplicate_slug.mdx", "content/lessons/duplicate_slug.mdx:1", /the file name must be a slug .*: rename it to duplicate-slug\.mdx/],
  ["no-content.mdx", "content/lessons/no-content.mdx:10 body:", /the lesson has no content/],
  ["import-statement.mdx", "content/lessons/import-statement.mdx:11 import:", /components are available by name; remove the import/],
  ["syntax-error.mdx", "content/lessons/syntax-error.mdx:13 <Callout>:", /is never closed: add <\/Callout>/],
  ["bad-prop-type.mdx", "content/lessons/bad-prop-type.mdx:13 <Quiz> count:", /expected a number in braces, like count=\{12\}, got "twelve"/],
  ["bad-quiz-kind.mdx", "content/lessons/bad-quiz-kind.mdx:13 <Quiz> kinds:", /unknown question kind "whensaid"/],
  ["source-not-found.mdx", "content/lessons/source-not-found.mdx:13 <TrueFalse> source:", /no article of this lesson contains "words that no article has in it"/],
  ["broken-link.mdx", "content/lessons/broken-link.mdx:13 link:", /\/articles\/no-such-article: there is no article "no-such-article"/],
  ["trump-putin-call-2025-03.mdx", "content/lessons/trump-putin-call-2025-03.mdx:1", /is also the slug of a story: lesson slugs share \/lessons\/ with automatic lessons, so rename the file/],
  ["html-tag.mdx", "content/lessons/html-tag.mdx:13 <div>:", /HTML tags are not part of lessons: use Markdown or one of the components/],
  ["code-expression.mdx", "content/lessons/code-expression.mdx:13", /\{new Date\(\)\.toDateString\(\)\} is code, and lessons never run code/],
];

let project: ReturnType<typeof tempProject>;
let content: Content;
let problems: ContentProblem[];

// One project holds every bad fixture and the good one, so the test also shows that bad lessons never stop a good one.
beforeAll(() => {
  project = tempProject();
  cpSync(join(FIXTURES, "bad"), project.lessons, { recursive: true });
  cpSync(join(FIXTURES, "good/reading-the-call.mdx"), join(project.lessons, "reading-the-call.mdx"));
  content = loadContent(project.root);
  problems = contentProblems(project.root, content);
});
afterAll(() => project.remove());

describe("malformed lesson fixtures", () => {
  test("every fixture has an expectation (and there are at least ten)", () => {
    const fixtures = readdirSync(join(FIXTURES, "bad")).sort();
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
    expect([...new Set(expected.map(([name]) => name))].sort()).toEqual(fixtures);
  });

  test.for(expected)("%s: %s", ([, prefix, message]) => {
    const lines = problems.map(formatProblem);
    expect(lines.some((line) => (line.startsWith(`${prefix} `) || line === prefix) && message.test(line)), lines.join("\n")).toBe(true);
  });

  test("only the good fixture and the lessons whose mistakes need the facts load", () => {
    // Quote and source problems are found against the facts, after loading; `check` reports them.
    expect(content.lessons.map((l) => l.slug)).toEqual(["quote-ambiguous", "quote-no-match", "reading-the-call", "source-not-found"]);
    expect(problems.filter((p) => p.file.endsWith("/reading-the-call.mdx"))).toEqual([]);
  });

  test("a mistake that needs no facts still lets check find the facts mistakes in the same file", () => {
    const both = tempProject();
    try {
      cpSync(join(FIXTURES, "bad/quote-no-match.mdx"), join(both.lessons, "two-mistakes.mdx"));
      appendFileSync(join(both.lessons, "two-mistakes.mdx"), "\n<Timline />\n");
      const loaded = loadContent(both.root);
      const lines = contentProblems(both.root, loaded).map(formatProblem);
      expect(lines).toEqual([
        "content/lessons/two-mistakes.mdx:15 <Timline>: unknown component; did you mean <Timeline>? Components: Quiz, Question, Choice, TrueFalse, Cloze, Quote, Timeline, People, Places, SourcesCompare, Vocabulary, Callout, Discussion",
        expect.stringMatching(/^content\/lessons\/two-mistakes\.mdx:13 <Quote> match: no quote in this lesson's articles contains/),
      ]);
    } finally {
      both.remove();
    }
  });

  test("the good fixture's quote is resolved to the story's quote group", () => {
    const lesson = content.lessons.find((l) => l.slug === "reading-the-call")!;
    const checked = loadCheckedLesson(project.root, content, lesson);
    expect(checked.problems).toEqual([]);
    const callout = checked.lesson.blocks.find((b) => b.type === "callout");
    const quote = callout?.type === "callout" ? callout.children[0] : undefined;
    const group = checked.facts!.story.quotes.find((g) => quote?.type === "quote" && g.id === quote.quoteId);
    expect(group?.text).toMatch(/^Thousands of young soldiers/);
  });
});
