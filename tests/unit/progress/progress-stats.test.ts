import { describe, expect, it } from "vitest";
import type { Attempt, Progress } from "../../../lib/progress/progress-schema.ts";
import { compareScores, lessonSummaries, localDay, scorePercent, streak, type OffsetAt } from "../../../lib/progress/progress-stats.ts";
import { DAY, HOUR, T0 } from "./fake-storage.ts";

let counter = 0;
const attempt = (lessonSlug: string, finishedAt: number, correct: number, total: number): Attempt => ({
  id: `a${counter++}`,
  quizId: `${lessonSlug}:1`,
  lessonSlug,
  seed: 1,
  finishedAt,
  score: { correct, total },
});
const progressOf = (...attempts: Attempt[]): Progress => ({ version: 2, attempts, questions: {} });

describe("best and last score per lesson", () => {
  it("picks the best share of right answers and the latest attempt, most recent lesson first", () => {
    const progress = progressOf(
      attempt("ceasefire", T0, 3, 5),
      attempt("ceasefire", T0 + HOUR, 4, 5),
      attempt("ceasefire", T0 + 2 * HOUR, 2, 5),
      attempt("budget", T0 + 3 * HOUR, 1, 2),
    );
    expect(lessonSummaries(progress)).toEqual([
      { lessonSlug: "budget", attempts: 1, best: { correct: 1, total: 2 }, last: { correct: 1, total: 2 }, lastAt: T0 + 3 * HOUR },
      { lessonSlug: "ceasefire", attempts: 3, best: { correct: 4, total: 5 }, last: { correct: 2, total: 5 }, lastAt: T0 + 2 * HOUR },
    ]);
  });

  it("uses the attempt time, not the list order, for the last score", () => {
    const progress = progressOf(attempt("ceasefire", T0 + DAY, 1, 4), attempt("ceasefire", T0, 4, 4));
    expect(lessonSummaries(progress)[0]!.last).toEqual({ correct: 1, total: 4 });
  });

  it.each([
    [{ correct: 2, total: 3 }, { correct: 3, total: 5 }, 1],
    [{ correct: 1, total: 3 }, { correct: 2, total: 6 }, -1],
    [{ correct: 4, total: 4 }, { correct: 4, total: 4 }, 0],
    [{ correct: 0, total: 2 }, { correct: 1, total: 9 }, -1],
  ])("compares %o with %o as %i", (a, b, sign) => {
    expect(Math.sign(compareScores(a, b))).toBe(sign);
  });

  it("shows scores as whole percentages", () => {
    expect(scorePercent({ correct: 2, total: 3 })).toBe(67);
  });
});

describe("streak", () => {
  const utc: OffsetAt = () => 0;
  const sydney: OffsetAt = () => 600;
  const noon18 = Date.UTC(2025, 2, 18, 12);

  const cases: [string, number[], number, OffsetAt, { days: number; activeToday: boolean }][] = [
    ["no attempts", [], noon18, utc, { days: 0, activeToday: false }],
    ["one attempt today", [noon18 - HOUR], noon18, utc, { days: 1, activeToday: true }],
    ["three days in a row, ending today", [noon18 - 2 * DAY, noon18 - DAY, noon18], noon18, utc, { days: 3, activeToday: true }],
    ["yesterday and before: still alive", [noon18 - 2 * DAY, noon18 - DAY], noon18, utc, { days: 2, activeToday: false }],
    ["last attempt two days ago: over", [noon18 - 3 * DAY, noon18 - 2 * DAY], noon18, utc, { days: 0, activeToday: false }],
    ["a gap breaks it", [noon18 - 3 * DAY, noon18 - DAY, noon18], noon18, utc, { days: 2, activeToday: true }],
    ["several attempts a day count once", [noon18 - DAY, noon18 - DAY + HOUR, noon18], noon18, utc, { days: 2, activeToday: true }],
    ["an attempt in the future is ignored", [noon18 + DAY], noon18, utc, { days: 0, activeToday: false }],
    // 13:30 and 14:30 UTC on the 17th are 23:30 on the 17th and 00:30 on the 18th in Sydney.
    ["UTC: one day either side of Sydney's midnight", [Date.UTC(2025, 2, 17, 13, 30), Date.UTC(2025, 2, 17, 14, 30)], Date.UTC(2025, 2, 18, 2), utc, { days: 1, activeToday: false }],
    ["Sydney: two local days", [Date.UTC(2025, 2, 17, 13, 30), Date.UTC(2025, 2, 17, 14, 30)], Date.UTC(2025, 2, 18, 2), sydney, { days: 2, activeToday: true }],
  ];
  it.each(cases)("%s", (_name, times, now, offsetAt, expected) => {
    expect(streak(progressOf(...times.map((t) => attempt("ceasefire", t, 1, 1))), now, offsetAt)).toEqual(expected);
  });

  it("takes each instant's own offset, so a daylight-saving change does not split or merge days", () => {
    const change = Date.UTC(2025, 2, 30, 1);
    const london: OffsetAt = (ms) => (ms < change ? 0 : 60);
    // 23:30 UTC on the 30th is 00:30 on the 31st in summer time.
    expect(localDay(Date.UTC(2025, 2, 30, 23, 30), london)).toBe(localDay(Date.UTC(2025, 2, 31, 12), london));
    expect(localDay(Date.UTC(2025, 2, 29, 23, 30), london)).toBe(localDay(Date.UTC(2025, 2, 29, 12), london));
  });
});
