import { describe, expect, test } from "vitest";
import type { LessonQuizSettings, TeacherQuestion } from "../../../lib/content/lesson/lesson-document.ts";
import { lessonQuestions, lessonQuestionSets, type LessonQuizRequest } from "../../../lib/quiz/lesson-quiz.ts";
import { quizInput, WIRE } from "./quiz-fixtures.ts";

const input = quizInput([WIRE]);
const settings = (change: Partial<LessonQuizSettings> = {}): LessonQuizSettings => ({ kinds: [], seed: 1, order: "shuffle", ...change });
const teacher: TeacherQuestion[] = [
  { id: "lesson-q-1", kind: "choice", prompt: "How many soldiers die each week, according to the Wire?", choices: ["2,500", "250", "25,000"], answer: "2,500", source: "Each week brings 2,500 soldier deaths", line: 10 },
  { id: "lesson-q-2", kind: "true-false", prompt: "The leaders met in Jeddah.", choices: ["True", "False"], answer: "True", line: 20 },
];

describe("lessonQuestions", () => {
  test.each([3, 4, 6])("a lesson that asks for %i questions gets exactly that many, its teacher's included", (count) => {
    expect(lessonQuestions(input, settings({ count }), teacher)).toHaveLength(count);
  });

  test("never more than asked, even when the facts allow many", () => {
    const all = lessonQuestions(input, settings({ count: 60 }), teacher);
    expect(all.length).toBeLessThan(60);
    expect(lessonQuestions(input, settings({ count: all.length - 1 }), teacher)).toHaveLength(all.length - 1);
  });

  test("the teacher's questions are always in, and no generated one repeats their sentence or answer", () => {
    const questions = lessonQuestions(input, settings({ count: 8 }), teacher);
    expect(questions.filter((q) => q.author === "teacher").map((q) => q.id)).toEqual(["lesson-q-1", "lesson-q-2"]);
    const generated = questions.filter((q) => q.author === "generated");
    const teacherSentence = questions.find((q) => q.id === "lesson-q-1")!.evidence!.start;
    expect(generated.some((q) => q.evidence?.start === teacherSentence)).toBe(false);
    expect(generated.some((q) => q.kind === "how-many" && q.answer === "2,500")).toBe(false);
  });

  test("kinds are obeyed", () => {
    const questions = lessonQuestions(input, settings({ kinds: ["who-said"] }));
    expect(questions.length).toBeGreaterThan(0);
    expect(new Set(questions.map((q) => q.kind))).toEqual(new Set(["who-said"]));
  });

  test("order: story puts the teacher's first, then the rest as the article tells it", () => {
    const questions = lessonQuestions(input, settings({ count: 8, order: "story" }), teacher);
    expect(questions.slice(0, 2).map((q) => q.author)).toEqual(["teacher", "teacher"]);
    const starts = questions.slice(2).map((q) => q.evidence!.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe("lessonQuestionSets", () => {
  const request = (slug: string, automatic: boolean, count?: number): LessonQuizRequest => ({
    slug,
    group: "story:wire",
    automatic,
    input,
    settings: settings(count === undefined ? {} : { count }),
    teacher: [],
  });

  test("lessons on one story never serve the same generated question", () => {
    const sets = lessonQuestionSets([request("wire", true), request("b-lesson", false, 5), request("a-lesson", false, 5)]);
    const ids = [...sets.values()].flatMap((qs) => qs.map((q) => q.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(sets.get("a-lesson")).toHaveLength(5);
  });

  test("teachers' lessons choose first; the automatic lesson takes what is left", () => {
    const alone = lessonQuestionSets([request("wire", true)]).get("wire")!;
    const shared = lessonQuestionSets([request("wire", true), request("a-lesson", false, 5)]);
    expect(shared.get("a-lesson")!.map((q) => q.id)).toEqual(lessonQuestionSets([request("a-lesson", false, 5)]).get("a-lesson")!.map((q) => q.id));
    expect(shared.get("wire")!.map((q) => q.id)).not.toEqual(alone.map((q) => q.id));
  });
});
