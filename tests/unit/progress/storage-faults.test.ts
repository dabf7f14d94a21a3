import { describe, expect, it } from "vitest";
import { createProgressStore, DEFAULT_PROGRESS_KEY as KEY } from "../../../lib/progress/progress-store.ts";
import { backupKeyFor } from "../../../lib/progress/stored-progress.ts";
import { isQuotaError } from "../../../lib/progress/storage-adapter.ts";
import { FakeStorage, HOUR, manualClock, quizResult, seededRandom, T0 } from "./fake-storage.ts";

const BACKUP = backupKeyFor(KEY);
const kinds = (store: { getSnapshot(): { notices: readonly { kind: string }[] } }) => store.getSnapshot().notices.map((n) => n.kind);
const storedIds = (storage: FakeStorage) => (JSON.parse(storage.data.get(KEY)!) as { attempts: { id: string }[] }).attempts.map((a) => a.id);

function open(storage: FakeStorage | undefined) {
  const clock = manualClock(T0);
  return { store: createProgressStore({ storage, now: clock.now, random: seededRandom(1) }), clock };
}

describe("unreadable stored value", () => {
  it.each([
    ["corrupt JSON", "{\"version\":2,\"attempts\":[", "not valid JSON"],
    ["a wrong shape", JSON.stringify({ version: 2, attempts: "many" }), "attempts"],
    ["an unknown version", JSON.stringify({ version: 9, attempts: [], questions: {} }), "schema version 9"],
    ["a bare string", JSON.stringify("hello"), "no schema version"],
  ])("%s: backed up, fresh start, notice", (_name, raw, reason) => {
    const storage = new FakeStorage({ [KEY]: raw });
    const { store } = open(storage);
    expect(storage.data.get(BACKUP)).toBe(raw);
    expect(storage.data.has(KEY)).toBe(false);
    expect(store.getSnapshot().progress.attempts).toEqual([]);
    const [notice] = store.getSnapshot().notices;
    expect(notice?.kind).toBe("corrupt-backed-up");
    expect(notice?.message).toContain(reason);
    expect(notice?.message).toContain(BACKUP);

    const attempt = store.recordAttempt(quizResult("ceasefire", "tf"));
    expect(storedIds(storage)).toEqual([attempt.id]);
    expect(storage.data.get(BACKUP)).toBe(raw);
  });

  it("leaves the value untouched when the backup does not fit, and works in memory", () => {
    const raw = `{"version":2,${"x".repeat(500)}`;
    const storage = new FakeStorage({ [KEY]: raw });
    storage.capacity = 600;
    const { store } = open(storage);
    expect(kinds(store)).toEqual(["quota"]);
    store.recordAttempt(quizResult("ceasefire", "tt"));
    expect(storage.data.get(KEY)).toBe(raw);
    expect(storage.data.has(BACKUP)).toBe(false);
    expect(store.getSnapshot().progress.attempts).toHaveLength(1);
    expect(store.getSnapshot().unsaved).toBe(true);
  });
});

describe("quota exceeded", () => {
  it("keeps working in memory, loses nothing saved, and saves once there is room", () => {
    const storage = new FakeStorage();
    const { store, clock } = open(storage);
    const first = store.recordAttempt(quizResult("ceasefire", "tt"));
    const savedBefore = storage.data.get(KEY);

    storage.mode = "quota";
    clock.advance(HOUR);
    const second = store.recordAttempt(quizResult("ceasefire", "tf"));
    expect(storage.data.get(KEY)).toBe(savedBefore);
    expect(store.getSnapshot().progress.attempts.map((a) => a.id)).toEqual([first.id, second.id]);
    expect(store.getSnapshot().unsaved).toBe(true);
    expect(kinds(store)).toEqual(["quota"]);
    expect(store.getSnapshot().notices[0]!.message).toMatch(/full/);

    storage.mode = "ok";
    clock.advance(HOUR);
    const third = store.recordAttempt(quizResult("budget", "f"));
    expect(storedIds(storage)).toEqual([first.id, second.id, third.id]);
    expect(store.getSnapshot().unsaved).toBe(false);
    expect(kinds(store)).toEqual([]);
  });

  it("keeps a dismissed quota notice quiet until the fault ends and comes back", () => {
    const storage = new FakeStorage();
    const { store } = open(storage);
    storage.mode = "quota";
    store.recordAttempt(quizResult("ceasefire", "t"));
    store.dismissNotice("quota");
    store.recordAttempt(quizResult("ceasefire", "f"));
    expect(kinds(store)).toEqual([]);
    storage.mode = "ok";
    store.recordAttempt(quizResult("ceasefire", "t"));
    storage.mode = "quota";
    store.recordAttempt(quizResult("ceasefire", "t"));
    expect(kinds(store)).toEqual(["quota"]);
  });

  it.each([
    ["the standard name", new DOMException("full", "QuotaExceededError"), true],
    ["Firefox's old name", Object.assign(new Error("full"), { name: "NS_ERROR_DOM_QUOTA_REACHED" }), true],
    ["legacy code 22", { name: "Error", code: 22 }, true],
    ["a security error", new DOMException("no", "SecurityError"), false],
    ["not an object", "QuotaExceededError", false],
  ])("tells a quota error by %s (%s)", (_name, error, expected) => {
    expect(isQuotaError(error)).toBe(expected);
  });
});

describe("storage unavailable", () => {
  const throwing = () => {
    const storage = new FakeStorage();
    storage.mode = "unavailable";
    return storage;
  };
  it.each([
    ["no storage at all", () => undefined],
    ["storage that throws on every call", throwing],
  ])("%s: works in memory with a notice", (_name, make) => {
    const { store, clock } = open(make());
    expect(kinds(store)).toEqual(["unavailable"]);
    const attempt = store.recordAttempt(quizResult("ceasefire", "tf"));
    expect(store.getSnapshot().progress.attempts).toEqual([attempt]);
    expect(store.reviewQueue(clock.now()).map((item) => item.questionId)).toEqual(["ceasefire/q2"]);
    expect(store.recordReview("ceasefire/q2", true)).toBe(true);
    expect(JSON.parse(store.exportJson()).progress.attempts).toHaveLength(1);
    expect(store.getSnapshot().unsaved).toBe(true);
    store.reset();
    expect(store.getSnapshot().progress.attempts).toEqual([]);
  });

  it("keeps what this tab did when storage stops working mid-visit", () => {
    const storage = new FakeStorage();
    const { store, clock } = open(storage);
    const first = store.recordAttempt(quizResult("ceasefire", "t"));
    storage.mode = "unavailable";
    clock.advance(HOUR);
    const second = store.recordAttempt(quizResult("ceasefire", "f"));
    expect(store.getSnapshot().progress.attempts.map((a) => a.id)).toEqual([first.id, second.id]);
    expect(kinds(store)).toEqual(["unavailable"]);
  });
});

describe("recording", () => {
  it("rejects an attempt that would make the stored value invalid, and saves nothing", () => {
    const storage = new FakeStorage();
    const { store } = open(storage);
    expect(() => store.recordAttempt({ quizId: "q", lessonSlug: "l", seed: 1, answers: [] })).toThrow(/total/);
    expect(() => store.recordAttempt({ ...quizResult("l", "t"), seed: 1.5 })).toThrow(/seed/);
    const sneaky = quizResult("l", "t");
    expect(() => store.recordAttempt({ ...sneaky, answers: [{ ...sneaky.answers[0]!, questionId: "__proto__" }] })).toThrow(/__proto__/);
    expect(storage.data.has(KEY)).toBe(false);
    expect(store.getSnapshot().progress.attempts).toEqual([]);
  });
});
