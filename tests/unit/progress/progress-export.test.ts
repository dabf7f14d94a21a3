import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EXPORT_FORMAT } from "../../../lib/progress/progress-export.ts";
import { createProgressStore, DEFAULT_PROGRESS_KEY as KEY } from "../../../lib/progress/progress-store.ts";
import { DAY, FakeStorage, HOUR, manualClock, quizResult, seededRandom, T0 } from "./fake-storage.ts";

function open(storage = new FakeStorage(), seed = 1) {
  const clock = manualClock(T0);
  return { store: createProgressStore({ storage, now: clock.now, random: seededRandom(seed) }), clock, storage };
}

function withHistory() {
  const setup = open();
  const { store, clock } = setup;
  store.recordAttempt(quizResult("ceasefire", "tft"));
  clock.advance(DAY);
  store.recordReview("ceasefire/q2", true);
  store.recordAttempt(quizResult("budget", "ff", { seed: 4 }));
  clock.advance(HOUR);
  store.recordAttempt(quizResult("ceasefire", "ttt"));
  return setup;
}

describe("export and import", () => {
  it("writes the progress in a marked envelope with the export time", () => {
    const { store } = withHistory();
    const file = JSON.parse(store.exportJson());
    expect(file.format).toBe(EXPORT_FORMAT);
    expect(file.exportedAt).toBe(new Date(T0 + DAY + HOUR).toISOString());
    expect(file.progress).toStrictEqual(JSON.parse(JSON.stringify(store.getSnapshot().progress)));
  });

  it("restores everything after export → reset → import", () => {
    const { store, storage } = withHistory();
    const before = store.getSnapshot().progress;
    const file = store.exportJson();
    store.reset();
    expect(store.getSnapshot().progress.attempts).toEqual([]);
    expect(storage.data.has(KEY)).toBe(false);

    expect(store.importJson(file)).toEqual({ ok: true, added: 3, skipped: 0, problems: [] });
    expect(store.getSnapshot().progress).toStrictEqual(before);
    expect(JSON.parse(storage.data.get(KEY)!)).toStrictEqual(JSON.parse(JSON.stringify(before)));
  });

  it("merges a file with overlapping attempts without duplicates", () => {
    const { store, clock } = open();
    const shared = store.recordAttempt(quizResult("ceasefire", "tf"));
    const other = open(new FakeStorage(), 2);
    other.clock.set(T0 + HOUR);
    const theirs = other.store.recordAttempt(quizResult("budget", "t"));
    other.store.importJson(store.exportJson());
    clock.set(T0 + 2 * HOUR);
    const mine = store.recordAttempt(quizResult("ceasefire", "tt"));

    expect(store.importJson(other.store.exportJson())).toEqual({ ok: true, added: 1, skipped: 1, problems: [] });
    expect(store.getSnapshot().progress.attempts.map((a) => a.id)).toEqual([shared.id, theirs.id, mine.id]);
    expect(store.getSnapshot().progress.questions["ceasefire/q1"]!.history.map((e) => e.id)).toEqual([shared.id, mine.id]);
  });

  it("skips a second import of the same file", () => {
    const { store } = withHistory();
    const file = store.exportJson();
    const before = store.getSnapshot().progress;
    expect(store.importJson(file)).toEqual({ ok: true, added: 0, skipped: 3, problems: [] });
    expect(store.getSnapshot().progress).toBe(before);
  });

  it("never overwrites an attempt, and says so when the file's copy differs", () => {
    const { store } = open();
    const attempt = store.recordAttempt(quizResult("ceasefire", "tf"));
    const file = JSON.parse(store.exportJson());
    file.progress.attempts[0].score = { correct: 2, total: 2 };
    file.progress.questions["ceasefire/q2"].history[0].correct = true;
    const result = store.importJson(JSON.stringify(file));
    expect(result).toMatchObject({ ok: true, added: 0, skipped: 1 });
    expect(result.problems).toEqual([expect.stringContaining(`Attempt ${attempt.id} (ceasefire) is already here with different details`)]);
    expect(store.getSnapshot().progress.attempts).toEqual([attempt]);
    expect(store.getSnapshot().progress.questions["ceasefire/q2"]!.history).toEqual([{ id: attempt.id, at: T0, correct: false }]);
  });

  it("imports a file saved by version 1", () => {
    const { store } = open();
    const result = store.importJson(readFileSync(new URL("./fixtures/progress-v1.json", import.meta.url), "utf8"));
    expect(result).toEqual({ ok: true, added: 3, skipped: 0, problems: [] });
    expect(store.getSnapshot().progress.attempts.map((a) => a.lessonSlug)).toEqual(["budget-vote", "ceasefire-talks", "ceasefire-talks"]);
  });

  const valid = JSON.parse(withHistory().store.exportJson());
  const withScore = (correct: number, total: number) =>
    JSON.stringify({ ...valid, progress: { ...valid.progress, attempts: [{ ...valid.progress.attempts[0], score: { correct, total } }] } });
  it.each([
    ["not JSON", "attempts: 3", "not valid JSON"],
    ["some other JSON file", JSON.stringify({ name: "quizwire", version: "0.1.0" }), "not a quizwire progress file"],
    ["a list", "[]", "not a quizwire progress file"],
    ["an attempt with a negative score", withScore(-1, 3), "attempts.0.score.correct"],
    ["an attempt scoring more than its questions", withScore(4, 3), "correct must not exceed total"],
    ["a newer version", JSON.stringify({ ...valid, progress: { ...valid.progress, version: 3 } }), "schema version 3"],
  ])("refuses %s with a clear message and changes nothing", (_name, text, message) => {
    const { store, storage } = withHistory();
    const before = store.getSnapshot();
    const saved = storage.data.get(KEY);
    const result = store.importJson(text);
    expect(result.ok).toBe(false);
    expect(result.added).toBe(0);
    expect(result.problems.join(" ")).toContain(message);
    expect(store.getSnapshot()).toBe(before);
    expect(storage.data.get(KEY)).toBe(saved);
  });

  it("drops a question keyed __proto__ instead of letting it replace a prototype", () => {
    const { store } = open();
    const sneaky = JSON.parse('{"__proto__":{"lessonSlug":"x","quizId":"x","seed":1,"history":[{"id":"a","at":1,"correct":false}]}}');
    const result = store.importJson(JSON.stringify({ ...valid, progress: { ...valid.progress, questions: { ...valid.progress.questions, ...sneaky } } }));
    expect(result.ok).toBe(true);
    const questions = store.getSnapshot().progress.questions;
    expect(Object.getPrototypeOf(questions)).toBe(Object.prototype);
    expect(Object.keys(questions)).toEqual(Object.keys(valid.progress.questions).sort());
  });

  it("imports into memory, and says so, when storage is full", () => {
    const { store: source } = withHistory();
    const { store, storage } = open();
    storage.mode = "quota";
    const result = store.importJson(source.exportJson());
    expect(result.ok).toBe(true);
    expect(result.added).toBe(3);
    expect(result.problems).toEqual([expect.stringContaining("could not be saved")]);
    expect(store.getSnapshot().progress.attempts).toHaveLength(3);
    expect(storage.data.has(KEY)).toBe(false);
  });
});
