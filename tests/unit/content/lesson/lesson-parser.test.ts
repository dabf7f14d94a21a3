import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseLesson } from "../../../../lib/content/lesson/lesson-parser.ts";
import { BODY_LINE, FIXTURES, FRONTMATTER, lessonSource, parseBody, problemLines, STORY } from "./lesson-helpers.ts";

const text = (value: string) => ({ type: "text" as const, value });
const para = (...children: object[]) => ({ type: "paragraph" as const, children });

describe("parseLesson on the good fixture", () => {
  const file = "content/lessons/reading-the-call.mdx";
  const result = parseLesson(file, "reading-the-call", readFileSync(join(FIXTURES, "good/reading-the-call.mdx")));

  test("has no problems and keeps the frontmatter", () => {
    expect(problemLines(result)).toEqual([]);
    expect(result.lesson?.frontmatter).toEqual({
      title: "Reading the call",
      summary: "Every component once, parsed to the exact blocks the test expects.",
      story: STORY,
      level: "Grades 9–12",
      objectives: ["Trace a quote to its speaker", "Pin a relative date to the calendar"],
      minutes: 40,
      quiz: { count: 8, seed: 2 },
    });
    // The <Quiz> tag's count and kinds win; its seed is unset, so the frontmatter's stays.
    expect(result.lesson?.quiz).toEqual({ count: 12, kinds: ["who-said", "when"], seed: 2, order: "shuffle" });
  });

  test("gives exactly the expected blocks", () => {
    expect(result.lesson?.blocks).toEqual([
      { type: "heading", depth: 2, children: [text("Before you "), { type: "emphasis", children: [text("read")] }] },
      para(
        text("A "),
        { type: "vocabulary", term: "ceasefire", definition: [text("a pause in "), { type: "strong", children: [text("fighting")] }] },
        text(" was on the table. Read "),
        { type: "link", href: "/articles/trump-putin-call-begins-going-well", children: [text("the first report")] },
        text(" and the "),
        { type: "link", href: "/lessons/trump-putin-call-2025-03/quiz", children: [text("lesson quiz")] },
        text(", or "),
        { type: "link", href: "https://www.bbc.co.uk/news", children: [text("the BBC")] },
        text("."),
        { type: "break" },
        text("Five < six, and "),
        { type: "code", value: "code" },
        text(" {stays}."),
      ),
      { type: "blockquote", children: [para(text("A blockquote."))] },
      { type: "list", ordered: true, items: [[para(text("First"))], [para(text("Second"))]] },
      { type: "rule" },
      { type: "code", value: "plain code" },
      { type: "vocabulary", term: "corroborated", definition: [para(text("reported by more than one outlet"))] },
      { type: "callout", kind: "think", title: "Whose words?", children: [{ type: "quote", match: "Thousands of young soldiers", quoteId: "", line: 36 }] },
      { type: "timeline" },
      { type: "people" },
      { type: "places" },
      { type: "sources-compare" },
      { type: "question", index: 0 },
      { type: "question", index: 1 },
      { type: "question", index: 2 },
      { type: "question", index: 3 },
      { type: "discussion", children: [{ type: "list", ordered: false, items: [[para(text("Why might outlets disagree?"))]] }] },
      { type: "quiz" },
    ]);
  });

  test("gives exactly the expected questions, with their lines", () => {
    expect(result.lesson?.questions).toEqual([
      { id: "platform", kind: "choice", prompt: "Where did Trump post about soldier deaths?", choices: ["Truth Social", "A letter"], answer: "Truth Social", explanation: "He posted it.", source: "Truth Social", line: 47 },
      { id: "reading-the-call-q-bcbd44dc", kind: "choice", prompt: "Which of these people are quoted in the reports?", choices: ["Donald Trump", "Dmitry Peskov", "Boris Johnson"], answer: ["Donald Trump", "Dmitry Peskov"], line: 54 },
      { id: "reading-the-call-q-43b61a53", kind: "true-false", prompt: "The call took place in April.", choices: ["True", "False"], answer: "False", line: 61 },
      { id: "reading-the-call-q-4cfe6ff6", kind: "cloze", prompt: "Each week brings _____ soldier deaths.", answer: "2,500", accepted: ["2,500", "2500"], explanation: "Trump's post gives the figure.", line: 63 },
    ]);
  });

  test("records internal links with their target for the loader", () => {
    expect(result.links).toEqual([
      { href: "/articles/trump-putin-call-begins-going-well", line: 19, target: { kind: "article", slug: "trump-putin-call-begins-going-well" } },
      { href: "/lessons/trump-putin-call-2025-03/quiz", line: 19, target: { kind: "lesson", slug: "trump-putin-call-2025-03" } },
      { href: "https://www.bbc.co.uk/news", line: 19 },
    ]);
  });
});

/** name, body, line within the body, field ("" for none), message. */
const malformed: [string, string, number, string, RegExp][] = [
  ["an h1", "# Title again", 0, "heading", /the title comes from the frontmatter's title:; start sections at ##/],
  ["an h5", "##### Deep", 0, "heading", /headings ## to ####/],
  ["an image", "Look: ![a map](map.png)", 0, "image", /images are not supported in lessons/],
  ["a table", "| a | b |\n| --- | --- |\n| 1 | 2 |", 0, "table", /tables are not supported in lessons: use a list/],
  ["an import", 'import { Quiz } from "./quiz"\n\nText.', 0, "import", /components are available by name; remove the import/],
  ["an export", "export const year = 2025\n\nText.", 0, "export", /lessons are data, not code/],
  ["a code expression", "Today is {new Date().getFullYear()}.", 0, "", /\{new Date\(\)\.getFullYear\(\)\} is code, and lessons never run code/],
  ["a code expression on its own line", "Text.\n\n{items.map(x => x)}", 2, "", /is code, and lessons never run code/],
  ["an expression that does not parse", "Text {1 +}.", 0, "", /\{…\} is code, which lessons never run: write \\\{ for a literal brace/],
  ["an unclosed brace", "Text.\n\nA { starts here", 2, "", /a \{ is never closed with \}/],
  ["an unclosed tag", "Text.\n\n<Callout type=\"tip\">\nA tip.\n\n## Next", 2, "<Callout>", /is never closed: add <\/Callout> after its content, or write <Callout \/>/],
  ["an inline tag closed in another paragraph", 'A <Vocabulary term="x">def\n\nmore</Vocabulary>', 0, "<Vocabulary>", /must close in the same paragraph/],
  ["a closing tag for another", '<Callout type="tip">\nA tip.\n</Discussion>', 2, "</Discussion>", /does not close <Callout> \(opened on line 11\)/],
  ["a stray closing tag", "Text.\n\n</Quiz>", 2, "", /a closing tag here has no opening tag/],
  ["a < before a number", "Fewer than <5 people.", 0, "", /a < starts a tag: write &lt; or \{"<"\}/],
  ["a bad prop syntax", "<Quiz count=12 />", 0, "", /write props as name="text", name=\{12\}/],
  ["an HTML comment", "<!-- note -->", 0, "", /HTML comments <!-- … --> do not work in MDX: write \{\/\* comment \*\/\}/],
  ["a relative link", "See [this](../articles/x).", 0, "link", /links go to \/articles\/<slug>, \/lessons\/<slug>, \/lessons\/<slug>\/quiz or a web address/],
  ["a mailto link", "Mail [me](mailto:a@b.c).", 0, "link", /got "mailto:a@b.c"/],
  ["a link to an article's quiz", "See [it](/articles/x/quiz).", 0, "link", /articles have no quiz/],
  ["a link with a bad slug", "See [it](/lessons/Who_Said).", 0, "link", /does not name a lesson/],
  ["an empty body", "", -1, "body", /the lesson has no content: write it below the closing ---/],
  ["a body of comments", "{/* to do */}\n\n{/* later */}", -1, "body", /the lesson has no content/],
];

describe("parseLesson reports", () => {
  test.for(malformed)("%s at its file line", ([, body, line, field, message]) => {
    const result = parseBody(body);
    const lines = problemLines(result);
    const prefix = `content/lessons/test.mdx:${BODY_LINE + line}${field ? ` ${field}:` : ""} `;
    expect(lines.some((l) => l.startsWith(prefix) && message.test(l)), `${prefix}\n${lines.join("\n")}`).toBe(true);
    expect(result.lesson).toBeUndefined();
  });

  test("frontmatter problems at their line, with a did-you-mean for unknown keys, beside body problems", () => {
    const source = lessonSource("# Title", FRONTMATTER.replace("minutes: 30", "minutes: 30\nobjectifs: [x]\nquiz:\n  kinds: [who-said, choice]"));
    const { problems } = parseLesson("content/lessons/test.mdx", "test", source);
    const lines = problemLines({ problems: [...problems].sort((a, b) => a.line - b.line) });
    expect(lines).toEqual([
      'content/lessons/test.mdx:9 objectifs: unknown field; did you mean "objectives"? Allowed fields: title, summary, story, articles, level, objectives, minutes, quiz.',
      'content/lessons/test.mdx:11 quiz.kinds[1]: unknown question kind "choice"; use who-said, said-what, when, where, how-many, true-false, match, order, source-check, typed, cloze, role, claim, result',
      "content/lessons/test.mdx:14 heading: the title comes from the frontmatter's title:; start sections at ## (two #)",
    ]);
  });

  test("story and articles together are refused", () => {
    const lines = problemLines(parseLesson("content/lessons/test.mdx", "test", lessonSource("Text.", FRONTMATTER.replace("minutes: 30", "minutes: 30\narticles: [a]"))));
    expect(lines).toEqual(["content/lessons/test.mdx:4 story: give either story: (one story) or articles: (a list of article slugs), not both and not neither"]);
  });

  test("CRLF line endings and a byte-order mark keep lines right; bad UTF-8 names its line", () => {
    const crlf = new TextEncoder().encode(`\uFEFF${lessonSource("Text.\n\n# Again")}`.replace(/\n/g, "\r\n"));
    expect(problemLines(parseLesson("content/lessons/test.mdx", "test", crlf))).toEqual([
      "content/lessons/test.mdx:13 heading: the title comes from the frontmatter's title:; start sections at ## (two #)",
    ]);
    const bytes = new Uint8Array([...new TextEncoder().encode(lessonSource("Caf")), 0xe9]);
    expect(problemLines(parseLesson("content/lessons/test.mdx", "test", bytes))[0]).toMatch(/^content\/lessons\/test\.mdx:12 the file is not valid UTF-8/);
  });

  test("comments are dropped, quoted strings and character references are text", () => {
    const result = parseBody('{/* note */}\n\nA {/* aside */}b &lt; c {"{d}"}.');
    expect(result.lesson?.blocks).toEqual([para(text("A b < c {d}."))]);
  });

  test("reference links resolve through their definition and are checked like any link", () => {
    const result = parseBody("See [the report][r].\n\n[r]: /articles/some-article");
    expect(result.lesson?.blocks).toEqual([para(text("See "), { type: "link", href: "/articles/some-article", children: [text("the report")] }, text("."))]);
    expect(result.links).toEqual([{ href: "/articles/some-article", line: BODY_LINE, target: { kind: "article", slug: "some-article" } }]);
  });

  test("every problem of a body is reported, not only the first", () => {
    const lines = problemLines(parseBody("# One\n\n<Timline />\n\n<Quiz count={0} />\n\n![x](y.png)"));
    expect(lines.map((l) => l.split(" ").slice(0, 2).join(" "))).toEqual([
      "content/lessons/test.mdx:11 heading:",
      "content/lessons/test.mdx:13 <Timline>:",
      "content/lessons/test.mdx:15 <Quiz>",
      "content/lessons/test.mdx:17 image:",
    ]);
  });
});
