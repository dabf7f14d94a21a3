import { describe, expect, test } from "vitest";
import { formatProblem } from "../../../../lib/content/content-problem.ts";
import { loadStoryFacts } from "../../../../lib/content/facts-loader.ts";
import { checkLessonFacts } from "../../../../lib/content/lesson/lesson-facts.ts";
import { quizInputOf } from "../../../../lib/content/lesson/lesson-facts-loader.ts";
import type { LessonBlock, LessonDocument } from "../../../../lib/content/lesson/lesson-document.ts";
import { loadContent } from "../../../../lib/content/load-content.ts";
import { foldText } from "../../../../lib/story/text-fold.ts";
import { parseBody, ROOT, STORY } from "./lesson-helpers.ts";

// The seed story's real facts: five articles, 31 quote groups.
const loaded = loadStoryFacts(ROOT, loadContent(ROOT), STORY)!;
const input = quizInputOf(loaded);
const groupWith = (words: string) => loaded.story.quotes.filter((g) => foldText(g.text).includes(foldText(words)));

function lessonOf(body: string): LessonDocument {
  const parsed = parseBody(body);
  expect(parsed.problems).toEqual([]);
  return parsed.lesson!;
}
const check = (body: string) => checkLessonFacts(lessonOf(body), input, loaded.story);
const quoteIds = (blocks: LessonBlock[]): string[] =>
  blocks.flatMap((b) =>
    b.type === "quote" ? [b.quoteId] : b.type === "callout" || b.type === "discussion" || b.type === "blockquote" ? quoteIds(b.children) : b.type === "list" ? b.items.flatMap(quoteIds) : [],
  );

describe("checkLessonFacts: <Quote match>", () => {
  test("a match naming one quote gets that group's id, wherever the tag stands", () => {
    const { lesson, problems } = check('<Quote match="Thousands of young soldiers" />\n\n<Callout type="note">\n<Quote match="This proposal could have been implemented" />\n</Callout>');
    expect(problems).toEqual([]);
    expect(quoteIds(lesson.blocks)).toEqual([groupWith("Thousands of young soldiers")[0]!.id, groupWith("This proposal could have been implemented")[0]!.id]);
    expect(groupWith("Thousands of young soldiers")).toHaveLength(1);
  });

  test("typography and case do not matter: straight quotes find curly ones", () => {
    const { lesson, problems } = check('<Quote match="we\'ll be talking about POWER PLANTS" />');
    expect(problems).toEqual([]);
    expect(quoteIds(lesson.blocks)).toEqual([groupWith("be talking about power plants")[0]!.id]);
  });

  test("the lesson passed in is left as it was", () => {
    const lesson = lessonOf('<Quote match="Thousands of young soldiers" />');
    checkLessonFacts(lesson, input);
    expect(quoteIds(lesson.blocks)).toEqual([""]);
  });

  test("no match: an error at the tag's line with up to three quotes that start alike", () => {
    const { lesson, problems } = check('## Quotes\n\n<Quote match="Thousands of young sailors" />');
    expect(quoteIds(lesson.blocks)).toEqual([""]);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^content\/lessons\/test\.mdx:13 <Quote> match: no quote in this lesson's articles contains "Thousands of young sailors"; quotes that start alike: "Thousands of young soldiers, and others, are being killed/,
      ),
    ]);
    const suggestions = problems[0]!.message.split("start alike: ")[1]!.match(/"[^"]*"/g) ?? [];
    expect(suggestions.length).toBeGreaterThanOrEqual(1);
    expect(suggestions.length).toBeLessThanOrEqual(3);
  });

  test("no match and nothing alike: points to the facts command", () => {
    const [problem] = check('<Quote match="zebras quietly paint fences" />').problems;
    expect(problem?.message).toMatch(/contains "zebras quietly paint fences"; run `npx quizwire facts --story <story>` to list the quotes$/);
  });

  test("words in several different quotes: an error asking for more words", () => {
    const { problems } = check('<Quote match="be talking about land" />');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 11, field: "<Quote> match" });
    expect(problems[0]!.message).toMatch(/^"be talking about land" is in [2-9] different quotes \(".*\): add words so it names one$/);
  });
});

describe("checkLessonFacts: source words", () => {
  test("words found in an article pass; words found nowhere are reported on the question's line, by its tag", () => {
    const body = [
      '<TrueFalse answer={true} source="Each week brings 2,500 soldier deaths">Trump posted a figure.</TrueFalse>',
      '<Cloze source="no article says this at all">A [blank] here.</Cloze>',
      '<Question source="not in any report">\nWho?\n<Choice correct>A</Choice>\n<Choice>B</Choice>\n</Question>',
    ].join("\n\n");
    expect(check(body).problems.map(formatProblem)).toEqual([
      'content/lessons/test.mdx:13 <Cloze> source: no article of this lesson contains "no article says this at all": copy a few words exactly as the article has them (curly and straight quotes count as the same)',
      'content/lessons/test.mdx:15 <Question> source: no article of this lesson contains "not in any report": copy a few words exactly as the article has them (curly and straight quotes count as the same)',
    ]);
  });
});
