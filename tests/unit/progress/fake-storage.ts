import type { StorageLike } from "../../../lib/progress/storage-adapter.ts";

/**
 * In-memory storage that can misbehave like a browser's: `quota` makes
 * `setItem` throw QuotaExceededError (as does going over `capacity`
 * characters), `unavailable` makes every call throw as in private browsing.
 */
export class FakeStorage implements StorageLike {
  readonly data = new Map<string, string>();
  mode: "ok" | "quota" | "unavailable" = "ok";
  capacity = Infinity;
  writes = 0;

  constructor(entries: Record<string, string> = {}) {
    for (const [key, value] of Object.entries(entries)) this.data.set(key, value);
  }

  getItem(key: string): string | null {
    this.guard();
    return this.data.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.guard();
    const used = [...this.data].reduce((sum, [k, v]) => sum + (k === key ? 0 : k.length + v.length), 0);
    if (this.mode === "quota" || used + key.length + value.length > this.capacity) {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    }
    this.data.set(key, value);
    this.writes++;
  }

  removeItem(key: string): void {
    this.guard();
    this.data.delete(key);
  }

  private guard(): void {
    if (this.mode === "unavailable") throw new DOMException("The operation is insecure.", "SecurityError");
  }
}

/** A clock the test moves by hand. */
export function manualClock(start: number) {
  let time = start;
  return {
    now: () => time,
    set: (at: number) => {
      time = at;
    },
    advance: (ms: number) => {
      time += ms;
    },
  };
}

/** A repeatable stand-in for `Math.random` (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const T0 = Date.UTC(2025, 2, 18, 9, 0, 0);
export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;

/** A quiz result with answers named q1, q2… right or wrong as `pattern` says ("ttf"). */
export function quizResult(lessonSlug: string, pattern: string, extra: { seed?: number; finishedAt?: number; prefix?: string } = {}) {
  const seed = extra.seed ?? 1;
  return {
    quizId: `${lessonSlug}:${seed}`,
    lessonSlug,
    seed,
    ...(extra.finishedAt === undefined ? {} : { finishedAt: extra.finishedAt }),
    answers: [...pattern].map((mark, index) => ({
      questionId: `${extra.prefix ?? lessonSlug}/q${index + 1}`,
      response: `answer ${index + 1}`,
      correct: mark === "t",
    })),
  };
}
