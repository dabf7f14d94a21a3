import { describe, expect, it } from "vitest";
import { shuffleQuestions } from "../../../lib/quiz/shuffle-quiz.ts";
import { buildWorksheet } from "../../../lib/worksheet/build-worksheet.ts";
import { worksheetSchema, type Worksheet } from "../../../lib/worksheet/worksheet-schema.ts";
import { INPUT, QUESTIONS } from "./worksheet-fixtures.ts";

const ids = (sheet: { questions: { id: string }[] }) => sheet.questions.map((q) => q.id);

describe("buildWorksheet", () => {
  it.each([
    ["A", 1],
    ["B", 2],
    ["C", 3],
  ])("orders version %s like the online quiz with seed %i, numbered from 1", (version, seed) => {
    const sheet = buildWorksheet(INPUT, { version });
    const online = shuffleQuestions(QUESTIONS, seed);
    expect(sheet.seed).toBe(seed);
    expect(ids(sheet)).toEqual(online.map((q) => q.id));
    expect(sheet.questions.map((q) => q.number)).toEqual(online.map((_, i) => i + 1));
    for (const [i, q] of sheet.questions.entries()) {
      const printed = q.paper.type === "order" ? q.paper.events : q.paper.type === "lines" ? undefined : q.paper.choices.map((c) => c.text);
      expect(printed).toEqual(online[i]!.choices);
    }
  });

  it("gives versions A and B the same question ids in different orders", () => {
    const a = ids(buildWorksheet(INPUT, { version: "A" }));
    const b = ids(buildWorksheet(INPUT, { version: "B" }));
    expect([...a].sort()).toEqual([...b].sort());
    expect(a).not.toEqual(b);
  });

  it("never puts an answer on the student's sheet", () => {
    const sheet = buildWorksheet(INPUT, { version: "A" });
    expect(sheet.questions.every((q) => q.answer === undefined)).toBe(true);
    // The accepted ISO form of the typed date exists only in the key.
    expect(JSON.stringify(sheet)).not.toContain("2025-03-18\"]");
    expect(JSON.stringify(sheet)).not.toContain("alsoAccepted");
  });

  it.each(["A", "B"])("keys version %s in its own order, with letters that match its paper", (version) => {
    const student = buildWorksheet(INPUT, { version });
    const key = buildWorksheet(INPUT, { version, key: true });
    expect(ids(key)).toEqual(ids(student));
    for (const [i, q] of key.questions.entries()) {
      const paper = student.questions[i]!.paper;
      const source = QUESTIONS.find((x) => x.id === q.id)!;
      if (paper.type !== "choices") continue;
      const marked = q.answer!.mark.split(", ").map((letter) => paper.choices.find((c) => c.letter === letter)!.text);
      expect(marked.sort()).toEqual((Array.isArray(source.answer) ? [...source.answer] : [source.answer]).sort());
    }
  });

  it("cites the source sentence of every answer, and none for a teacher's question without a source", () => {
    const key = buildWorksheet(INPUT, { version: "A", key: true });
    const refs = Object.fromEntries(key.questions.map((q) => [q.id, q.answer!.references]));
    expect(refs["typed-1"]).toEqual(["[2] ¶1: “The call took place on Tuesday.”"]);
    expect(refs["match-1"]).toHaveLength(2);
    expect(refs["lesson-q-abc"]).toEqual([]);
  });

  it.each([
    [{ version: "A" }, "http://localhost:3000/lessons/call/quiz?seed=1"],
    [{ version: "B", siteUrl: "https://quiz.example.org" }, "https://quiz.example.org/lessons/call/quiz?seed=2"],
  ])("links %j to the online quiz with the same seed", (options, url) => {
    expect(buildWorksheet(INPUT, options).quizUrl).toBe(url);
  });

  it("keeps questions and order in large print", () => {
    const large = buildWorksheet(INPUT, { version: "B", large: true });
    expect(large.large).toBe(true);
    expect(large.questions).toEqual(buildWorksheet(INPUT, { version: "B" }).questions);
  });

  it("lists the sources with outlet, date and URL", () => {
    expect(buildWorksheet(INPUT, { version: "A" }).sources.map((s) => [s.number, s.outlet, s.published, s.url])).toEqual([
      [1, "Daily Report", "2025-03-17", "https://example.com/daily"],
      [2, undefined, "2025-03-18", undefined],
    ]);
  });

  it.each([
    ["an answer on a student's sheet", (key: Worksheet): unknown => ({ ...key, key: false }), /must not hold answers/],
    ["a key without answers", (key: Worksheet): unknown => ({ ...key, questions: key.questions.map(({ answer: _, ...q }) => q) }), /needs every answer/],
    ["questions numbered out of order", (key: Worksheet): unknown => ({ ...key, questions: [...key.questions].reverse() }), /expected 1/],
  ])("the schema refuses %s", (_, change, message) => {
    const result = worksheetSchema.safeParse(change(buildWorksheet(INPUT, { version: "A", key: true })));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join()).toMatch(message);
  });

  it("refuses a version that is not a letter", () => {
    expect(() => buildWorksheet(INPUT, { version: "AA" })).toThrow(/capital letter/);
  });
});
