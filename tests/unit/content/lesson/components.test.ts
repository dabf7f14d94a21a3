import { describe, expect, test } from "vitest";
import type { LessonBlock, LessonDocument, TeacherQuestion } from "../../../../lib/content/lesson/lesson-document.ts";
import { teacherQuestionId } from "../../../../lib/content/lesson/components/teacher-question.ts";
import { parseLesson } from "../../../../lib/content/lesson/lesson-parser.ts";
import { BODY_LINE, parseBody, problemLines } from "./lesson-helpers.ts";

const id = (kind: TeacherQuestion["kind"], prompt: string) => teacherQuestionId("test", kind, prompt);

/** name, body, the blocks it must give, and (for question tags) the questions without their line. */
const good: [string, string, LessonBlock[], Omit<TeacherQuestion, "line">[]?][] = [
  ["Quiz with every prop", '<Quiz count={12} kinds={["who-said","when"]} seed={3} />', [{ type: "quiz" }]],
  ["Quiz with none", "<Quiz />", [{ type: "quiz" }]],
  ["Quote", '<Quote match="The guns must fall silent" />', [{ type: "quote", match: "The guns must fall silent", quoteId: "", line: BODY_LINE }]],
  ["Quote with a JSON string value", '<Quote match={"The guns must fall silent"} />', [{ type: "quote", match: "The guns must fall silent", quoteId: "", line: BODY_LINE }]],
  ["Timeline", "<Timeline />", [{ type: "timeline" }]],
  ["People", "<People/>", [{ type: "people" }]],
  ["Places", "<Places></Places>", [{ type: "places" }]],
  ["SourcesCompare", "<SourcesCompare />", [{ type: "sources-compare" }]],
  [
    "Vocabulary inside a sentence",
    'A <Vocabulary term="ceasefire">a pause in *fighting*</Vocabulary> ends.',
    [
      {
        type: "paragraph",
        children: [
          { type: "text", value: "A " },
          { type: "vocabulary", term: "ceasefire", definition: [{ type: "text", value: "a pause in " }, { type: "emphasis", children: [{ type: "text", value: "fighting" }] }] },
          { type: "text", value: " ends." },
        ],
      },
    ],
  ],
  [
    "Vocabulary as a block",
    '<Vocabulary term="truce">\nA short **stop** in fighting.\n</Vocabulary>',
    [{ type: "vocabulary", term: "truce", definition: [{ type: "paragraph", children: [{ type: "text", value: "A short " }, { type: "strong", children: [{ type: "text", value: "stop" }] }, { type: "text", value: " in fighting." }] }] }],
  ],
  [
    "Callout with title and Markdown",
    '<Callout type="warning" title="Careful">\n- one\n</Callout>',
    [{ type: "callout", kind: "warning", title: "Careful", children: [{ type: "list", ordered: false, items: [[{ type: "paragraph", children: [{ type: "text", value: "one" }] }]] }] }],
  ],
  ["Callout on one line", '<Callout type="note">Short.</Callout>', [{ type: "callout", kind: "note", children: [{ type: "paragraph", children: [{ type: "text", value: "Short." }] }] }]],
  ["Discussion", "<Discussion>\n- Why?\n</Discussion>", [{ type: "discussion", children: [{ type: "list", ordered: false, items: [[{ type: "paragraph", children: [{ type: "text", value: "Why?" }] }]] }] }]],
  [
    "Question with one correct choice",
    '<Question explanation="Because." source="Truth Social">\nWhere did he *post* it?\n\n<Choice correct>Truth Social</Choice>\n<Choice>X</Choice>\n</Question>',
    [{ type: "question", index: 0 }],
    [{ id: id("choice", "Where did he post it?"), kind: "choice", prompt: "Where did he post it?", choices: ["Truth Social", "X"], answer: "Truth Social", explanation: "Because.", source: "Truth Social" }],
  ],
  [
    "Question multiple, written correct={true}",
    "<Question multiple id=\"two-right\">\nWhich are right?\n<Choice correct={true}>A</Choice>\n<Choice correct>B</Choice>\n<Choice correct={false}>C</Choice>\n</Question>",
    [{ type: "question", index: 0 }],
    [{ id: "two-right", kind: "choice", prompt: "Which are right?", choices: ["A", "B", "C"], answer: ["A", "B"] }],
  ],
  [
    "TrueFalse",
    "<TrueFalse answer={false}>The call was in *April*.</TrueFalse>",
    [{ type: "question", index: 0 }],
    [{ id: id("true-false", "The call was in April."), kind: "true-false", prompt: "The call was in April.", choices: ["True", "False"], answer: "False" }],
  ],
  [
    "Cloze",
    "<Cloze>The call lasted about [an hour| one hour ].</Cloze>",
    [{ type: "question", index: 0 }],
    [{ id: id("cloze", "The call lasted about _____."), kind: "cloze", prompt: "The call lasted about _____.", answer: "an hour", accepted: ["an hour", "one hour"] }],
  ],
];

/** name, body, line within the body (0 = its first line), field, and what the message must say. */
const bad: [string, string, number, string, RegExp][] = [
  ["Quiz count as text", '<Quiz count="12" />', 0, "<Quiz> count", /expected a number in braces, like count=\{12\}, got "12"/],
  ["Quiz count not a whole number", "<Quiz count={1.5} />", 0, "<Quiz> count", /expected a whole number/],
  ["Quiz count out of range", "<Quiz count={0} />", 0, "<Quiz> count", /must be at least 1/],
  ["Quiz count as code", "<Quiz count={n * 2} />", 0, "<Quiz> count", /\{n \* 2\} is not a plain value \(lessons never run code\)/],
  ["Quiz kinds not a list", '<Quiz kinds="who-said" />', 0, "<Quiz> kinds", /expected a list in braces, like kinds=\{\["who-said","when"\]\}/],
  ["Quiz kinds unknown", '<Quiz kinds={["whosaid"]} />', 0, "<Quiz> kinds", /unknown question kind "whosaid"; did you mean "who-said"\?/],
  ["Quiz kinds choice", '<Quiz kinds={["choice"]} />', 0, "<Quiz> kinds", /"choice" questions are the ones you write with <Question>/],
  ["Quiz prop misspelt", "<Quiz cont={3} />", 0, "<Quiz> cont", /unknown prop; did you mean count\? <Quiz> takes count, kinds, seed, order\./],
  ["Quiz prop given twice", "<Quiz seed={1} seed={2} />", 0, "<Quiz> seed", /is given twice/],
  ["Quiz spread prop", "<Quiz {...settings} />", 0, "<Quiz>", /\{\.\.\.settings\} is not a prop/],
  ["second Quiz", "<Quiz />\n\n<Quiz />", 2, "<Quiz>", /line 11 has its <Quiz> already/],
  ["Quiz with content", "<Quiz>\nHi\n</Quiz>", 0, "<Quiz>", /takes no content/],
  ["Quote without match", "<Quote />", 0, "<Quote> match", /required: write it like <Quote match=/],
  ["Quote too short", '<Quote match="going well" />', 0, "<Quote> match", /"going well" is 2 words: give at least 3/],
  ["Quote inside a sentence", 'He said <Quote match="a b c" /> then.', 0, "<Quote>", /is a block, not part of a sentence/],
  ["Timeline with a prop", '<Timeline from="2025" />', 0, "<Timeline> from", /<Timeline> takes no props/],
  ["People with content", "<People>\nTrump\n</People>", 0, "<People>", /takes no content/],
  ["Vocabulary without term", "<Vocabulary>a pause</Vocabulary>", 0, "<Vocabulary> term", /required/],
  ["Vocabulary without definition", 'A <Vocabulary term="truce" /> here.', 0, "<Vocabulary>", /has no definition/],
  ["Vocabulary term as a number", "<Vocabulary term={5}>five</Vocabulary>", 0, "<Vocabulary> term", /expected text in quotes, like term="ceasefire", got \{5\}/],
  ["Callout type unknown", '<Callout type="tipp">x</Callout>', 0, "<Callout> type", /unknown callout type "tipp"; did you mean "tip"\? Types: note, tip, warning, think/],
  ["Callout without type", "<Callout>x</Callout>", 0, "<Callout> type", /required/],
  ["Callout empty", '<Callout type="note"></Callout>', 0, "<Callout>", /is empty/],
  ["Discussion empty", "<Discussion>\n{/* later */}\n</Discussion>", 0, "<Discussion>", /is empty/],
  ["Question without a correct choice", "<Question>\nWho?\n<Choice>A</Choice>\n<Choice>B</Choice>\n</Question>", 0, "<Question>", /no choice is marked correct/],
  ["Question with two correct", "<Question>\nWho?\n<Choice correct>A</Choice>\n<Choice correct>B</Choice>\n</Question>", 0, "<Question>", /two choices are marked correct; mark one, or add `multiple`/],
  ["Question with one choice", "<Question>\nWho?\n<Choice correct>A</Choice>\n</Question>", 0, "<Question>", /has one choice: add at least two/],
  ["Question with a choice twice", "<Question>\nWho?\n<Choice correct>Trump</Choice>\n<Choice>trump</Choice>\n</Question>", 3, "<Choice>", /"trump" is a choice twice/],
  ["Question without a prompt", "<Question>\n<Choice correct>A</Choice>\n<Choice>B</Choice>\n</Question>", 0, "<Question>", /has no question/],
  ["Question with an empty choice", "<Question>\nWho?\n<Choice correct>A</Choice>\n<Choice></Choice>\n<Choice>B</Choice>\n</Question>", 3, "<Choice>", /is empty/],
  ["Choice correct as text", '<Question>\nWho?\n<Choice correct="yes">A</Choice>\n<Choice>B</Choice>\n</Question>', 2, "<Choice> correct", /expected \{true\} or \{false\}/],
  ["Choice outside a Question", "<Choice>A</Choice>", 0, "<Choice>", /belongs inside <Question>/],
  ["Question id not a slug", '<Question id="Who Said">\nWho?\n<Choice correct>A</Choice>\n<Choice>B</Choice>\n</Question>', 0, "<Question> id", /expected a slug/],
  ["question ids repeated", '<TrueFalse id="q" answer={true}>One.</TrueFalse>\n\n<TrueFalse id="q" answer={true}>Two.</TrueFalse>', 2, "<TrueFalse> id", /"q" is the id of the question on line 11 too/],
  ["same prompt twice", "<TrueFalse answer={true}>Same.</TrueFalse>\n\n<TrueFalse answer={false}>same.</TrueFalse>", 2, "<TrueFalse>", /asks the same as the question on line 11/],
  ["TrueFalse without answer", "<TrueFalse>Sky is blue.</TrueFalse>", 0, "<TrueFalse> answer", /required: write it like <TrueFalse answer=\{true\}>/],
  ["TrueFalse bare answer", "<TrueFalse answer>Sky is blue.</TrueFalse>", 0, "<TrueFalse> answer", /write the answer out/],
  ["TrueFalse answer as text", '<TrueFalse answer="false">Sky is blue.</TrueFalse>', 0, "<TrueFalse> answer", /expected \{true\} or \{false\}, like answer=\{true\}, got "false"/],
  ["TrueFalse without statement", "<TrueFalse answer={true}></TrueFalse>", 0, "<TrueFalse>", /has no statement/],
  ["Cloze without a blank", "<Cloze>No blank here.</Cloze>", 0, "<Cloze>", /has no blank/],
  ["Cloze with two blanks", "<Cloze>[One] and [two].</Cloze>", 0, "<Cloze>", /has 2 blanks: a cloze has exactly one/],
  ["Cloze with an empty blank", "<Cloze>About [ | ] hours.</Cloze>", 0, "<Cloze>", /the blank \[\] is empty/],
  ["Cloze with a component inside", '<Cloze>A <Vocabulary term="x">y</Vocabulary> [b].</Cloze>', 0, "<Cloze>", /takes plain text: <Vocabulary> cannot go inside it/],
  ["unknown component", "<Timline />", 0, "<Timline>", /unknown component; did you mean <Timeline>\? Components: Quiz, Question/],
  ["HTML tag", "<div>x</div>", 0, "<div>", /HTML tags are not part of lessons: use Markdown or one of the components/],
  ["lowercase component", '<quote match="a b c" />', 0, "<quote>", /did you mean <Quote>\?/],
];

describe("lesson components", () => {
  test.for(good)("%s", ([, body, blocks, questions]) => {
    const result = parseBody(body);
    expect(problemLines(result)).toEqual([]);
    const lesson = result.lesson as LessonDocument;
    expect(lesson.blocks).toEqual(blocks);
    expect(lesson.questions.map(({ line: _line, ...q }) => q)).toEqual(questions ?? []);
    for (const q of lesson.questions) expect(q.line).toBe(BODY_LINE);
  });

  test.for(bad)("reports %s", ([, body, line, field, message]) => {
    const result = parseBody(body);
    const lines = problemLines(result);
    const prefix = `content/lessons/test.mdx:${BODY_LINE + line} ${field}: `;
    expect(lines.some((l) => l.startsWith(prefix) && message.test(l)), `${prefix}\n${lines.join("\n")}`).toBe(true);
    expect(result.lesson).toBeUndefined();
  });

  test("a prop's problem is reported at the prop's own line in a tag written over several lines", () => {
    const lines = problemLines(parseBody('<Quiz\n  count={12}\n  seed="3"\n/>'));
    expect(lines).toEqual(['content/lessons/test.mdx:13 <Quiz> seed: expected a number in braces, like seed={3}, got "3"']);
  });

  test("the Quiz tag overrides the frontmatter's quiz: prop by prop, over the defaults", () => {
    const withQuiz = (yaml: string, body: string) =>
      parseLessonWith(`---\ntitle: T\nsummary: S\nstory: s\nlevel: 9\nobjectives: [a]\nminutes: 30\n${yaml}---\n\n${body}\n`);
    expect(withQuiz("", "Text.")?.quiz).toEqual({ kinds: [], seed: 1, order: "shuffle" });
    expect(withQuiz("quiz:\n  count: 8\n  kinds: [when]\n", "Text.")?.quiz).toEqual({ count: 8, kinds: ["when"], seed: 1, order: "shuffle" });
    expect(withQuiz("quiz:\n  count: 8\n  seed: 4\n", "<Quiz count={5} />")?.quiz).toEqual({ count: 5, kinds: [], seed: 4, order: "shuffle" });
    expect(withQuiz("quiz:\n  kinds: [when]\n", '<Quiz kinds={["where"]} seed={9} />')?.quiz).toEqual({ kinds: ["where"], seed: 9, order: "shuffle" });
    expect(withQuiz("quiz:\n  count: 8\n  order: story\n", "<Quiz />")?.quiz).toEqual({ count: 8, kinds: [], seed: 1, order: "story" });
    expect(withQuiz("", '<Quiz order="story" />')?.quiz).toEqual({ kinds: [], seed: 1, order: "story" });
  });

  test("question ids are stable, 8 hex digits, and change with the prompt", () => {
    expect(teacherQuestionId("my-lesson", "choice", "Who?")).toMatch(/^my-lesson-q-[0-9a-f]{8}$/);
    expect(teacherQuestionId("my-lesson", "choice", "Who?")).toBe(teacherQuestionId("my-lesson", "choice", "  who? "));
    expect(teacherQuestionId("my-lesson", "choice", "Who?")).not.toBe(teacherQuestionId("my-lesson", "choice", "Where?"));
    expect(teacherQuestionId("my-lesson", "choice", "Who?")).not.toBe(teacherQuestionId("my-lesson", "true-false", "Who?"));
  });
});

function parseLessonWith(source: string): LessonDocument | undefined {
  const result = parseLesson("content/lessons/q.mdx", "q", source);
  expect(problemLines(result)).toEqual([]);
  return result.lesson;
}
