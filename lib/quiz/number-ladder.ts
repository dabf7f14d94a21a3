import { GIVEAWAY_RATIOS } from "./number-format.ts";
import type { Random } from "./seeded-random.ts";

/**
 * Wrong values for a figure, laid out as an evenly spaced ladder around the
 * key with the key at a seeded rung. Judged blind, scattered picks gave
 * themselves away: the key was the odd one out ("350, 370, 380" beside 240),
 * the midpoint of the rest, or all three wrong values sat on one side. On a
 * ladder any rung may be the key, so the key's place says nothing.
 */

/** Rung spacings: 1, 2, 2.5 and 5 times a power of ten, as a writer rounds. */
const NICE = [1, 2, 2.5, 5];
/** A ladder rung is about this share of the key: near enough to be believed, far enough to be told apart. */
const STEP_SHARE = 0.15;
/** A precise measure ("52.31 seconds") moves by a few per cent, not by a seventh. */
const PRECISE_SHARE = 0.02;

/** What the ladder must respect besides the key. */
export interface LadderLimits {
  /** Digits after the decimal point in the key: rungs print with as many. */
  decimals: number;
  /** A share: no rung above 100. */
  percent?: boolean;
  /**
   * Other figures printed in the same passage: every rung stays on the key's
   * side of each ("about 780 of them" rules out a total of 740).
   */
  neighbours?: readonly number[];
  /** Values never offered: figures printed in the passage, which would read as lifted from it. */
  avoid?: readonly number[];
}

/** The spacing of rungs for a key: a round step near 15% of it (2% for two-decimal measures), 1 for small counts. */
export function ladderStep(value: number, decimals: number): number {
  if (Number.isInteger(value) && value <= 10) return 1;
  const target = Math.abs(value) * (decimals >= 2 ? PRECISE_SHARE : STEP_SHARE);
  const least = 10 ** -decimals;
  let best = least;
  for (let power = -decimals; power <= 15; power++) {
    for (const n of NICE) {
      const step = Number((n * 10 ** power).toFixed(Math.max(0, -power + 1)));
      // Whole-number keys get whole steps; a step must print at the key's precision.
      if (step < least || (decimals === 0 && !Number.isInteger(step)) || Math.abs(step / least - Math.round(step / least)) > 1e-9) continue;
      if (step <= target && step > best) best = step;
    }
    if (10 ** power > target) break;
  }
  return best;
}

/** True when `v` is a rung a writer could print beside `value` without giving the key away. */
function fits(v: number, value: number, limits: LadderLimits): boolean {
  if (v <= 0 || v === value) return false;
  // "Never 1 for a larger key": "for one straight years" gives itself away.
  if (Number.isInteger(value) && value <= 10 && value > 1 && v <= 1) return false;
  // 1.2 does not get 1.0: a figure no writer prints marks itself as made up.
  if (!Number.isInteger(value) && Number.isInteger(v)) return false;
  if (limits.percent && v > 100) return false;
  if (limits.avoid?.includes(v)) return false;
  const ratio = Math.max(v, value) / Math.min(v, value);
  if (value > 10 && GIVEAWAY_RATIOS.some((r) => Math.abs(ratio - r) < 1e-9)) return false;
  return (limits.neighbours ?? []).every((n) => n === value || Math.sign(v - n) === Math.sign(value - n));
}

/**
 * `count` wrong values on one ladder with the key: the key's rung is drawn
 * from `random` among those the limits allow, the rest filled nearest first.
 * Fewer than `count` when the limits leave too few rungs.
 */
export function ladderValues(value: number, limits: LadderLimits, count: number, random: Random): number[] {
  const step = ladderStep(value, limits.decimals);
  const at = (k: number) => Number((value + k * step).toFixed(limits.decimals));
  const below: number[] = [];
  const above: number[] = [];
  // Twice the count each way: room for rungs the limits rule out, and still linear in `count`.
  for (let k = 1; k <= count * 2; k++) {
    if (fits(at(-k), value, limits)) below.push(at(-k));
    if (fits(at(k), value, limits)) above.push(at(k));
  }
  // How many wrong values go below the key: any split the rungs allow, chosen by the seed.
  const splits: number[] = [];
  for (let under = 0; under <= count; under++) if (under <= below.length && count - under <= above.length) splits.push(under);
  if (splits.length === 0) return [...below, ...above].slice(0, count);
  const under = splits[random.int(splits.length)]!;
  return [...below.slice(0, under).reverse(), ...above.slice(0, count - under)];
}
