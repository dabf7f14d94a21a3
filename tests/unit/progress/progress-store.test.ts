import { describe, expect, it, vi } from "vitest";
import { makeId } from "../../../lib/progress/attempt-record.ts";
import { createProgressStore, DEFAULT_PROGRESS_KEY as KEY } from "../../../lib/progress/progress-store.ts";
import { EMPTY_SNAPSHOT } from "../../../lib/progress/progress-snapshot.ts";
import { HISTORY_CAP } from "../../../lib/progress/progress-schema.ts";
import { DAY, FakeStorage, HOUR, manualClock, quizResult, seededRandom, T0 } from "./fake-storage.ts";

function open(storage = new FakeStorage()) {
  const clock = manualClock(T0);
  return { store: createProgressStore({ storage, now: clock.now, random: seededRandom(7) }), clock, storage };
}

describe("progress store", () => {
  it("starts from the empty snapshot when nothing is stored", () => {
    const { store } = open();
    expect(store.getSnapshot()).toBe(EMPTY_SNAPSHOT);
    expect(EMPTY_SNAPSHOT).toEqual({ progress: { version: 2, attempts: [], questions: {} }, notices: [], unsaved: false });
  });

  it("records an attempt: id from time and random part, score, answers and history", () => {
    const clock = manualClock(T0);
    const store = createProgressStore({ storage: new FakeStorage(), now: clock.now, random: () => 0.5 });
    const attempt = store.recordAttempt(quizResult("ceasefire", "tft", { seed: 3 }));
    expect(attempt.id).toBe(makeId("", T0, 0.5));
    expect(attempt.id).toBe(`${T0.toString(36)}-0zik0zk`);
    expect(attempt.score).toEqual({ correct: 2, total: 3 });
    expect(attempt.answers?.map((a) => a.response)).toEqual(["answer 1", "answer 2", "answer 3"]);
    expect(store.getSnapshot().progress.questions["ceasefire/q2"]).toEqual({
      lessonSlug: "ceasefire",
      quizId: "ceasefire:3",
      seed: 3,
      history: [{ id: attempt.id, at: T0, correct: false }],
    });
  });

  it("uses the given finish time over the clock", () => {
    const { store } = open();
    expect(store.recordAttempt(quizResult("ceasefire", "t", { finishedAt: T0 - DAY })).finishedAt).toBe(T0 - DAY);
  });

  it("hands out frozen snapshots that stay the same object until something changes", () => {
    const { store } = open();
    store.recordAttempt(quizResult("ceasefire", "t"));
    const snapshot = store.getSnapshot();
    expect(store.getSnapshot()).toBe(snapshot);
    expect(Object.isFrozen(snapshot.progress.attempts[0]!.score)).toBe(true);
    expect(() => (snapshot.progress.attempts as unknown[]).push(1)).toThrow(TypeError);
    store.recordAttempt(quizResult("ceasefire", "f"));
    expect(store.getSnapshot()).not.toBe(snapshot);
    expect(snapshot.progress.attempts).toHaveLength(1);
  });

  it("notifies subscribers on change and stops after unsubscribing", () => {
    const { store } = open();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.recordAttempt(quizResult("ceasefire", "t"));
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    store.recordAttempt(quizResult("ceasefire", "t"));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("feeds the review queue and moves answered questions on", () => {
    const { store, clock } = open();
    store.recordAttempt(quizResult("ceasefire", "tf"));
    clock.advance(HOUR);
    store.recordAttempt(quizResult("budget", "t"));
    expect(store.reviewQueue().map((i) => [i.questionId, i.box])).toEqual([["ceasefire/q2", 1]]);
    expect(store.reviewQueue(T0 + DAY + HOUR).map((i) => i.questionId)).toEqual(["ceasefire/q2", "ceasefire/q1", "budget/q1"]);

    clock.set(T0 + DAY + HOUR);
    expect(store.recordReview("ceasefire/q2", true)).toBe(true);
    expect(store.recordReview("ceasefire/q1", false)).toBe(true);
    expect(store.reviewQueue().map((i) => [i.questionId, i.box])).toEqual([
      ["budget/q1", 1],
      ["ceasefire/q1", 1],
    ]);
    expect(store.reviewQueue(T0 + 4 * DAY).find((i) => i.questionId === "ceasefire/q2")).toMatchObject({ box: 2, due: T0 + 3 * DAY + HOUR });
  });

  it("ignores a review of a question never answered in a quiz", () => {
    const { store } = open();
    const before = store.getSnapshot();
    expect(store.recordReview("nowhere/q1", true)).toBe(false);
    expect(store.getSnapshot()).toBe(before);
  });

  it("resets: clears storage and memory, and notifies", () => {
    const { store, storage } = open();
    store.recordAttempt(quizResult("ceasefire", "t"));
    const listener = vi.fn();
    store.subscribe(listener);
    store.reset();
    expect(storage.data.has(KEY)).toBe(false);
    expect(store.getSnapshot().progress).toEqual({ version: 2, attempts: [], questions: {} });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("lets the UI dismiss a notice", () => {
    const { store } = open(new FakeStorage({ [KEY]: "nonsense" }));
    expect(store.getSnapshot().notices.map((n) => n.kind)).toEqual(["corrupt-backed-up"]);
    store.dismissNotice("corrupt-backed-up");
    expect(store.getSnapshot().notices).toEqual([]);
  });

  it("keeps the stored value bounded through long use", () => {
    const { store, clock, storage } = open();
    const questions = "tftftftftf";
    for (let day = 0; day < 400; day++) {
      clock.set(T0 + day * DAY);
      store.recordAttempt(quizResult(`lesson-${day % 5}`, questions));
    }
    const stored = storage.data.get(KEY)!;
    const progress = store.getSnapshot().progress;
    expect(progress.attempts).toHaveLength(400);
    expect(Math.max(...Object.values(progress.questions).map((q) => q.history.length))).toBe(HISTORY_CAP);
    expect(progress.attempts.filter((a) => a.answers).length).toBe(100);
    // 400 ten-question quizzes, each question answered 80 times: about 250 kB, far below a 5 MB quota.
    expect(stored.length).toBeLessThan(300_000);
  });
});
