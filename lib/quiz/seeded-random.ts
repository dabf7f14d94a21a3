import { hash } from "../extract/fact-id.ts";

/**
 * A small seeded PRNG (mulberry32). Quizzes must be reproducible: the same
 * seed and facts give the same quiz, choice order included, so nothing in
 * `lib/quiz` may call `Math.random`.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
}

/** A generator for one integer seed. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    shuffle(items) {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(i + 1);
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
  };
}

/**
 * A generator for one seed and one purpose ("choices:<question id>"). Each
 * question draws from its own stream, so adding or dropping one question
 * never changes the distractors or choice order of another.
 */
export function streamFor(seed: number, purpose: string): Random {
  return seededRandom(parseInt(hash(`${seed}\u0000${purpose}`), 36));
}
