import { describe, expect, it } from "vitest";
import type { HistoryEntry, Progress } from "../../../lib/progress/progress-schema.ts";
import { BOX_INTERVAL_DAYS, dueCount, dueItems, nextReviewState, reviewState, type ReviewState } from "../../../lib/progress/review-scheduler.ts";
import { DAY, HOUR, T0 } from "./fake-storage.ts";

describe("Leitner rules", () => {
  it("uses boxes of 1, 2, 4, 8 and 16 days", () => {
    expect(BOX_INTERVAL_DAYS).toEqual([1, 2, 4, 8, 16]);
  });

  const cases: [string, ReviewState | undefined, boolean, number, ReviewState][] = [
    ["first answer right: box 1, due in a day", undefined, true, T0, { box: 1, due: T0 + DAY }],
    ["first answer wrong: box 1, due now", undefined, false, T0, { box: 1, due: T0 }],
    ["right when due: up a box", { box: 1, due: T0 }, true, T0, { box: 2, due: T0 + 2 * DAY }],
    ["right when overdue: up one box only", { box: 2, due: T0 - 10 * DAY }, true, T0, { box: 3, due: T0 + 4 * DAY }],
    ["right in box 4: box 5, sixteen days", { box: 4, due: T0 }, true, T0, { box: 5, due: T0 + 16 * DAY }],
    ["right in box 5: stays in box 5", { box: 5, due: T0 }, true, T0, { box: 5, due: T0 + 16 * DAY }],
    ["right before due: unchanged", { box: 3, due: T0 + HOUR }, true, T0, { box: 3, due: T0 + HOUR }],
    ["wrong in box 5: back to box 1, due now", { box: 5, due: T0 + 9 * DAY }, false, T0, { box: 1, due: T0 }],
    ["wrong when due: box 1, due now", { box: 2, due: T0 }, false, T0, { box: 1, due: T0 }],
  ];
  it.each(cases)("%s", (_name, before, correct, at, after) => {
    expect(nextReviewState(before, correct, at)).toEqual(after);
  });
});

const entry = (at: number, correct: boolean, id = `e${at}`): HistoryEntry => ({ id, at, correct });

describe("replaying a history", () => {
  it("climbs one box per right answer given when due", () => {
    const history = [entry(T0, true), entry(T0 + DAY, true), entry(T0 + 3 * DAY, true), entry(T0 + 7 * DAY, true), entry(T0 + 15 * DAY, true)];
    expect(reviewState(history)).toEqual({ box: 5, due: T0 + 31 * DAY });
  });

  it("does not promote a question crammed five times in an afternoon", () => {
    const history = [0, 1, 2, 3, 4].map((n) => entry(T0 + n * HOUR, true));
    expect(reviewState(history)).toEqual({ box: 1, due: T0 + DAY });
  });

  it("replays in time order whatever order the entries are in", () => {
    const inOrder = [entry(T0, true), entry(T0 + DAY, false), entry(T0 + DAY + HOUR, true)];
    expect(reviewState([...inOrder].reverse())).toEqual(reviewState(inOrder));
    expect(reviewState(inOrder)).toEqual({ box: 2, due: T0 + DAY + HOUR + 2 * DAY });
  });

  it("has no state for a question never answered", () => {
    expect(reviewState([])).toBeUndefined();
  });
});

describe("the review queue", () => {
  const question = (lessonSlug: string, history: HistoryEntry[]) => ({ lessonSlug, quizId: `${lessonSlug}:1`, seed: 1, history });
  const progress: Progress = {
    version: 2,
    attempts: [],
    questions: {
      "ceasefire/q1": question("ceasefire", [entry(T0, false)]),
      "ceasefire/q2": question("ceasefire", [entry(T0, true)]),
      "budget/q1": question("budget", [entry(T0 - 3 * DAY, true)]),
      "budget/q2": question("budget", [entry(T0 - DAY, true), entry(T0, true)]),
      "budget/q3": question("budget", []),
    },
  };

  it("lists due questions across lessons, longest overdue first", () => {
    expect(dueItems(progress, T0)).toEqual([
      { questionId: "budget/q1", lessonSlug: "budget", quizId: "budget:1", seed: 1, box: 1, due: T0 - 2 * DAY },
      { questionId: "ceasefire/q1", lessonSlug: "ceasefire", quizId: "ceasefire:1", seed: 1, box: 1, due: T0 },
    ]);
  });

  it.each([
    [T0 - HOUR, 1],
    [T0, 2],
    [T0 + DAY - 1, 2],
    [T0 + DAY, 3],
    [T0 + 2 * DAY, 4],
  ])("at %i has %i due", (now, count) => {
    expect(dueCount(progress, now)).toBe(count);
  });
});
