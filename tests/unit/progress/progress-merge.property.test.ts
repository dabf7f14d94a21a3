import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeProgress, normalizeProgress } from "../../../lib/progress/progress-merge.ts";
import { ANSWERS_KEPT, HISTORY_CAP, progressSchema, type Attempt, type Progress } from "../../../lib/progress/progress-schema.ts";

// Small pools so that ids, times and questions collide often: the interesting cases are the overlaps.
const idArb = fc.constantFrom("a1", "a2", "a3", "a4", "a5", "a6");
const timeArb = fc.integer({ min: 0, max: 5 }).map((n) => 1_000 + n * 60_000);
const questionIdArb = fc.constantFrom("q1", "q2", "q3");

const answerArb = fc.record({ questionId: questionIdArb, response: fc.constantFrom("x", "y", null), correct: fc.boolean() });

const attemptArb: fc.Arbitrary<Attempt> = fc
  .record({
    id: idArb,
    lessonSlug: fc.constantFrom("ceasefire", "budget"),
    seed: fc.integer({ min: 1, max: 2 }),
    finishedAt: timeArb,
    answers: fc.option(fc.array(answerArb, { minLength: 1, maxLength: 3 }), { nil: undefined }),
    total: fc.integer({ min: 1, max: 4 }),
  })
  .map(({ answers, total, ...rest }) => {
    const score = answers ? { correct: answers.filter((a) => a.correct).length, total: answers.length } : { correct: Math.min(1, total), total };
    return { ...rest, quizId: `${rest.lessonSlug}:${rest.seed}`, score, ...(answers ? { answers } : {}) };
  });

const entryArb = fc
  .record({ id: fc.constantFrom("a1", "a2", "r1", "r2"), at: timeArb, correct: fc.boolean(), review: fc.boolean() })
  .map(({ review, ...entry }) => (review ? { ...entry, review: true as const } : entry));

// History up to 30 long, so the 20-answer cap is exercised.
const questionArb = fc.record({
  lessonSlug: fc.constantFrom("ceasefire", "budget"),
  quizId: fc.constantFrom("ceasefire:1", "budget:2"),
  seed: fc.integer({ min: 1, max: 2 }),
  history: fc.array(entryArb, { maxLength: 30 }),
});

// Through JSON, like every stored value: fast-check sometimes builds null-prototype records, which strict equality tells apart.
const progressArb: fc.Arbitrary<Progress> = fc
  .record({
    version: fc.constant(2 as const),
    attempts: fc.array(attemptArb, { maxLength: 6 }),
    questions: fc.dictionary(questionIdArb, questionArb, { maxKeys: 3 }),
  })
  .map((progress) => JSON.parse(JSON.stringify(progress)) as Progress);

const ids = (p: Progress) => new Set(p.attempts.map((a) => a.id));

describe("mergeProgress", () => {
  it("is commutative", () => {
    fc.assert(
      fc.property(progressArb, progressArb, (a, b) => {
        expect(mergeProgress(a, b)).toStrictEqual(mergeProgress(b, a));
      }),
    );;
  });

  it("is associative", () => {
    fc.assert(
      fc.property(progressArb, progressArb, progressArb, (a, b, c) => {
        expect(mergeProgress(mergeProgress(a, b), c)).toStrictEqual(mergeProgress(a, mergeProgress(b, c)));
      }),
    );
  });

  it("is idempotent, and merging a value already included changes nothing", () => {
    fc.assert(
      fc.property(progressArb, progressArb, (a, b) => {
        const merged = mergeProgress(a, b);
        expect(mergeProgress(merged, merged)).toStrictEqual(merged);
        expect(mergeProgress(merged, b)).toStrictEqual(merged);
        expect(mergeProgress(a, a)).toStrictEqual(normalizeProgress(a));
      }),
    );
  });

  it("keeps every attempt id from both sides, once", () => {
    fc.assert(
      fc.property(progressArb, progressArb, (a, b) => {
        const merged = mergeProgress(a, b);
        expect(new Set(merged.attempts.map((x) => x.id))).toEqual(new Set([...ids(a), ...ids(b)]));
        expect(merged.attempts.length).toBe(ids(merged).size);
      }),
    );
  });

  it("keeps each question's latest answers, oldest first, at most HISTORY_CAP", () => {
    fc.assert(
      fc.property(progressArb, progressArb, (a, b) => {
        const merged = mergeProgress(a, b);
        for (const [id, question] of Object.entries(merged.questions)) {
          const all = [...(a.questions[id]?.history ?? []), ...(b.questions[id]?.history ?? [])];
          const distinct = new Set(all.map((e) => JSON.stringify([e.at, e.id, e.correct, e.review ?? false])));
          expect(question.history.length).toBe(Math.min(distinct.size, HISTORY_CAP));
          const times = question.history.map((e) => e.at);
          expect(times).toEqual([...times].sort((x, y) => x - y));
          const newest = Math.max(...all.map((e) => e.at));
          if (all.length > 0) expect(times.at(-1)).toBe(newest);
        }
      }),
    );
  });

  it("produces values the stored schema accepts", () => {
    fc.assert(
      fc.property(progressArb, progressArb, (a, b) => {
        expect(progressSchema.safeParse(mergeProgress(a, b)).success).toBe(true);
      }),
    );
  });
});

describe("history cap", () => {
  it(`keeps the latest ${HISTORY_CAP} answers to a question, oldest first`, () => {
    const history = Array.from({ length: 25 }, (_, n) => ({ id: `a${n}`, at: 1_000 * (25 - n), correct: n % 2 === 0 }));
    const question = { lessonSlug: "ceasefire", quizId: "ceasefire:1", seed: 1 };
    const part = (entries: typeof history): Progress => ({ version: 2, attempts: [], questions: { q1: { ...question, history: entries } } });
    const merged = mergeProgress(part(history.slice(0, 12)), part(history.slice(12)));
    expect(merged.questions.q1!.history.map((e) => e.at)).toEqual(Array.from({ length: HISTORY_CAP }, (_, i) => 1_000 * (i + 6)));
  });
});

describe("attempt compaction", () => {
  const attempt = (n: number): Attempt => ({
    id: `a${String(n).padStart(4, "0")}`,
    quizId: "ceasefire:1",
    lessonSlug: "ceasefire",
    seed: 1,
    finishedAt: 1_000 + n,
    score: { correct: 1, total: 1 },
    answers: [{ questionId: "q1", response: "x", correct: true }],
  });
  const many = (from: number, to: number): Progress => ({
    version: 2,
    attempts: Array.from({ length: to - from }, (_, i) => attempt(from + i)),
    questions: {},
  });

  it(`drops answers from all but the ${ANSWERS_KEPT} latest attempts and keeps their scores`, () => {
    const merged = mergeProgress(many(0, 80), many(80, 130));
    expect(merged.attempts).toHaveLength(130);
    const withAnswers = merged.attempts.filter((a) => a.answers !== undefined).map((a) => a.id);
    expect(withAnswers).toEqual(merged.attempts.slice(30).map((a) => a.id));
    expect(merged.attempts[0]).toStrictEqual({ id: "a0000", quizId: "ceasefire:1", lessonSlug: "ceasefire", seed: 1, finishedAt: 1_000, score: { correct: 1, total: 1 } });
  });

  it("does not bring dropped answers back from an older copy", () => {
    const compacted = mergeProgress(many(0, 130), many(0, 0));
    const merged = mergeProgress(compacted, many(0, 1));
    expect(merged.attempts[0]!.answers).toBeUndefined();
  });
});
