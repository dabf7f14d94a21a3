import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { createProgressStore, DEFAULT_PROGRESS_KEY as KEY, type ProgressStore } from "../../../lib/progress/progress-store.ts";
import { FakeStorage, HOUR, manualClock, quizResult, seededRandom, T0 } from "./fake-storage.ts";

function tabs(storage: FakeStorage, count: number) {
  const clock = manualClock(T0);
  const stores = Array.from({ length: count }, (_, i) => createProgressStore({ storage, now: clock.now, random: seededRandom(i + 1) }));
  return { stores, clock };
}
const idsOf = (store: ProgressStore) => store.getSnapshot().progress.attempts.map((a) => a.id);
const storedIds = (storage: FakeStorage) => (JSON.parse(storage.data.get(KEY)!) as { attempts: { id: string }[] }).attempts.map((a) => a.id);

describe("two tabs over one storage", () => {
  it("loses no attempt when both write in turn without hearing of each other", () => {
    const storage = new FakeStorage();
    const { stores: [a, b], clock } = tabs(storage, 2);
    const recorded: string[] = [];
    for (let round = 0; round < 4; round++) {
      for (const tab of [a!, b!]) {
        clock.advance(HOUR);
        recorded.push(tab.recordAttempt(quizResult(round % 2 ? "budget" : "ceasefire", "tf")).id);
      }
    }
    expect(storedIds(storage)).toEqual(recorded);
    // Each tab sees at least its own attempts even before syncing.
    expect(idsOf(b!)).toEqual(recorded);
  });

  it("shows one tab's results in the other on the storage event", () => {
    const storage = new FakeStorage();
    const { stores: [a, b] } = tabs(storage, 2);
    const listener = vi.fn();
    b!.subscribe(listener);
    const attempt = a!.recordAttempt(quizResult("ceasefire", "t"));
    expect(idsOf(b!)).toEqual([]);
    b!.handleStorageEvent({ key: KEY });
    expect(idsOf(b!)).toEqual([attempt.id]);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("ignores storage events for other keys and other storage areas", () => {
    const storage = new FakeStorage();
    const { stores: [a, b] } = tabs(storage, 2);
    a!.recordAttempt(quizResult("ceasefire", "t"));
    const before = b!.getSnapshot();
    b!.handleStorageEvent({ key: "theme" });
    b!.handleStorageEvent({ key: KEY, storageArea: new FakeStorage() });
    expect(b!.getSnapshot()).toBe(before);
    b!.handleStorageEvent({ key: null, storageArea: storage });
    expect(idsOf(b!)).toHaveLength(1);
  });

  it("does not bring back attempts another tab reset, even before hearing of the reset", () => {
    const storage = new FakeStorage();
    const { stores: [a, b], clock } = tabs(storage, 2);
    a!.recordAttempt(quizResult("ceasefire", "tt"));
    b!.sync();
    a!.reset();
    clock.advance(HOUR);
    const after = b!.recordAttempt(quizResult("budget", "t"));
    expect(storedIds(storage)).toEqual([after.id]);
    expect(idsOf(b!)).toEqual([after.id]);
    a!.handleStorageEvent({ key: KEY });
    expect(idsOf(a!)).toEqual([after.id]);
  });

  it("keeps review answers from both tabs on the same question", () => {
    const storage = new FakeStorage();
    const { stores: [a, b], clock } = tabs(storage, 2);
    a!.recordAttempt(quizResult("ceasefire", "f"));
    b!.sync();
    clock.advance(HOUR);
    a!.recordReview("ceasefire/q1", true);
    clock.advance(HOUR);
    b!.recordReview("ceasefire/q1", false);
    a!.sync();
    const history = a!.getSnapshot().progress.questions["ceasefire/q1"]!.history;
    expect(history.map((e) => [e.correct, e.review ?? false])).toEqual([
      [false, false],
      [true, true],
      [false, true],
    ]);
    expect(a!.reviewQueue(T0 + 2 * HOUR)).toEqual(b!.reviewQueue(T0 + 2 * HOUR));
  });

  it("keeps the snapshot when a sync reads back what the tab wrote", () => {
    const storage = new FakeStorage();
    const { stores: [a] } = tabs(storage, 1);
    a!.recordAttempt(quizResult("ceasefire", "t"));
    const before = a!.getSnapshot();
    const listener = vi.fn();
    a!.subscribe(listener);
    a!.sync();
    expect(a!.getSnapshot()).toBe(before);
    expect(listener).not.toHaveBeenCalled();
  });

  type Step = { tab: number; op: "record" | "sync" | "full" | "room" };
  const stepArb = fc.record({ tab: fc.nat(2), op: fc.constantFrom("record", "record", "sync", "full", "room") }) as fc.Arbitrary<Step>;

  it("loses no attempt across three tabs, whatever the order of writes, syncs and full storage", () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 30 }), (steps) => {
        const storage = new FakeStorage();
        const { stores, clock } = tabs(storage, 3);
        const recorded: string[] = [];
        for (const { tab, op } of steps) {
          clock.advance(60_000);
          if (op === "record") recorded.push(stores[tab]!.recordAttempt(quizResult("ceasefire", "tf")).id);
          if (op === "sync") stores[tab]!.sync();
          if (op === "full") storage.mode = "quota";
          if (op === "room") storage.mode = "ok";
        }
        // Once there is room, each tab's next write saves whatever it could not save before.
        storage.mode = "ok";
        for (const store of stores) {
          clock.advance(60_000);
          recorded.push(store.recordAttempt(quizResult("budget", "t")).id);
        }
        expect(new Set(storedIds(storage))).toEqual(new Set(recorded));
        expect(storedIds(storage)).toHaveLength(recorded.length);
        for (const store of stores) {
          store.sync();
          expect(store.getSnapshot().unsaved).toBe(false);
          expect(idsOf(store)).toEqual(storedIds(storage));
        }
      }),
      { numRuns: 200 },
    );
  });
});
