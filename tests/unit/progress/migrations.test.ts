import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { migrateV1ToV2, parseStored } from "../../../lib/progress/migrations.ts";
import { progressV1Schema } from "../../../lib/progress/legacy-v1-schema.ts";
import { createProgressStore, DEFAULT_PROGRESS_KEY } from "../../../lib/progress/progress-store.ts";
import { progressSchema, type Progress } from "../../../lib/progress/progress-schema.ts";
import { reviewState } from "../../../lib/progress/review-scheduler.ts";
import { DAY, FakeStorage } from "./fake-storage.ts";

const V1_TEXT = readFileSync(new URL("./fixtures/progress-v1.json", import.meta.url), "utf8");
const t1 = Date.parse("2025-03-17T09:30:00.000Z");
const t2 = Date.parse("2025-03-18T10:00:00.000Z");
const t3 = Date.parse("2025-03-10T07:00:00.000Z");
const id1 = `v1-0-${t1.toString(36)}`;
const id2 = `v1-1-${t2.toString(36)}`;
const id3 = `v1-2-${t3.toString(36)}`;
const meta = { lessonSlug: "ceasefire-talks", quizId: "ceasefire-talks:7", seed: 7 };
const answers = (f1: boolean, f2: boolean, f3: boolean) => [
  { questionId: "who-said:f1", response: null, correct: f1 },
  { questionId: "when:f2", response: null, correct: f2 },
  { questionId: "where:f3", response: null, correct: f3 },
];

/** The fixture as version 2, written out by hand. */
const EXPECTED: Progress = {
  version: 2,
  attempts: [
    { id: id3, quizId: "budget-vote:3", lessonSlug: "budget-vote", seed: 3, finishedAt: t3, score: { correct: 80, total: 100 } },
    { id: id1, ...meta, finishedAt: t1, score: { correct: 2, total: 3 }, answers: answers(true, false, true) },
    { id: id2, ...meta, finishedAt: t2, score: { correct: 3, total: 3 }, answers: answers(true, true, true) },
  ],
  questions: {
    "when:f2": { ...meta, history: [{ id: id1, at: t1, correct: false }, { id: id2, at: t2, correct: true }] },
    "where:f3": { ...meta, history: [{ id: id1, at: t1, correct: true }, { id: id2, at: t2, correct: true }] },
    "who-said:f1": { ...meta, history: [{ id: id1, at: t1, correct: true }, { id: id2, at: t2, correct: true }] },
  },
};

describe("v1 → v2 migration", () => {
  it("turns the v1 fixture into the expected v2 value", () => {
    const v1 = progressV1Schema.parse(JSON.parse(V1_TEXT));
    const v2 = migrateV1ToV2(v1);
    expect(v2).toStrictEqual(EXPECTED);
    expect(progressSchema.safeParse(v2).success).toBe(true);
  });

  it("replays the migrated history into Leitner boxes", () => {
    const v2 = migrateV1ToV2(progressV1Schema.parse(JSON.parse(V1_TEXT)));
    // Right on the 17th, due again on the 18th and right then: box 2, two days on.
    expect(reviewState(v2.questions["who-said:f1"]!.history)).toEqual({ box: 2, due: t2 + 2 * DAY });
    // Wrong on the 17th (box 1, due at once), right on the 18th: box 2 as well.
    expect(reviewState(v2.questions["when:f2"]!.history)).toEqual({ box: 2, due: t2 + 2 * DAY });
  });

  it("is deterministic, so two tabs migrating the same value agree", () => {
    expect(parseStored(V1_TEXT)).toStrictEqual(parseStored(V1_TEXT));
    expect(parseStored(V1_TEXT)).toMatchObject({ kind: "migrated", from: 1 });
  });

  it.each([
    ["bad JSON", "{version: 1", "not valid JSON"],
    ["no version", JSON.stringify({ attempts: [] }), "no schema version"],
    ["a newer version", JSON.stringify({ version: 3, attempts: [] }), "schema version 3"],
    ["a v1 score above 100", V1_TEXT.replace('"score": 100', '"score": 140'), "attempts.1.score"],
    ["a v1 date that is not a date", V1_TEXT.replace("2025-03-10T08:00:00+01:00", "last Tuesday"), "attempts.2.takenAt"],
    ["a v2 attempt without a score", JSON.stringify({ version: 2, attempts: [{ ...EXPECTED.attempts[0], score: undefined }], questions: {} }), "attempts.0.score"],
  ])("calls %s invalid, saying why", (_name, raw, reason) => {
    const read = parseStored(raw);
    expect(read.kind).toBe("invalid");
    expect(read.kind === "invalid" && read.reason).toContain(reason);
  });

  it("migrates what the store finds, writes v2 back, and says so", () => {
    const storage = new FakeStorage({ [DEFAULT_PROGRESS_KEY]: V1_TEXT });
    const store = createProgressStore({ storage, now: () => t2 + DAY });
    expect(store.getSnapshot().progress).toStrictEqual(EXPECTED);
    expect(JSON.parse(storage.data.get(DEFAULT_PROGRESS_KEY)!)).toStrictEqual(EXPECTED);
    expect(store.getSnapshot().notices.map((n) => n.kind)).toEqual(["migrated"]);
  });

  it("keeps the v1 value untouched when the migrated value does not fit, and still works", () => {
    const storage = new FakeStorage({ [DEFAULT_PROGRESS_KEY]: V1_TEXT });
    storage.mode = "quota";
    const store = createProgressStore({ storage, now: () => t2 + DAY });
    expect(store.getSnapshot().progress).toStrictEqual(EXPECTED);
    expect(storage.data.get(DEFAULT_PROGRESS_KEY)).toBe(V1_TEXT);
    expect(store.getSnapshot().notices.map((n) => n.kind).sort()).toEqual(["migrated", "quota"]);
  });

  it("lets two tabs migrate the same v1 value without duplicating attempts", () => {
    const storage = new FakeStorage({ [DEFAULT_PROGRESS_KEY]: V1_TEXT });
    storage.mode = "quota";
    const tabA = createProgressStore({ storage, now: () => t2 + DAY, random: () => 0.1 });
    const tabB = createProgressStore({ storage, now: () => t2 + DAY, random: () => 0.2 });
    storage.mode = "ok";
    tabA.recordAttempt({ ...meta, answers: [{ questionId: "who-said:f1", response: "Macron", correct: true }], finishedAt: t2 + DAY });
    tabB.recordAttempt({ ...meta, answers: [{ questionId: "when:f2", response: "Tuesday", correct: true }], finishedAt: t2 + DAY + 1 });
    tabA.sync();
    const ids = tabA.getSnapshot().progress.attempts.map((a) => a.id);
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
    expect(ids.slice(0, 3)).toEqual([id3, id1, id2]);
    expect(tabB.getSnapshot().progress).toStrictEqual(tabA.getSnapshot().progress);
  });
});
