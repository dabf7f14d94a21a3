import { wordValue } from "../extract/number-words.ts";

/**
 * Numbers as choices: digits grouped as in English ("2,500"), or words when
 * the article spelled the number out ("two"), so the blank reads naturally.
 */

const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

/** A number word's value ("two", "thirty", "twenty-five"), or null. */
export function numberWordValue(word: string): number | null {
  const at = WORDS.indexOf(word.toLowerCase());
  return at >= 0 ? at : /^[a-z]+(?:-[a-z]+)?$/i.test(word) ? wordValue(word) : null;
}

/** Prints a value in the article's style: as a word, or grouped digits with the article's number of decimals. */
export function formatNumber(value: number, spelled: boolean, decimals = 0): string {
  if (spelled && Number.isInteger(value) && value >= 0 && value < WORDS.length) return WORDS[value]!;
  return value.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: Math.max(decimals, Number.isInteger(value) ? 0 : 2) });
}

/** A printed figure read back: its value and how it is written. */
export interface Figure {
  value: number;
  /** What is printed around the number: "$…billion" for "$2.3 billion", empty for a count. */
  unit: string;
  /** Written as a word ("two"). */
  spelled: boolean;
  /** Digits after the decimal point. */
  decimals: number;
  /** Written with a group separator ("2,500"). */
  grouped: boolean;
}

/** Reads "2,500", "8.5", "two" or "$2.3 billion" (the value is the printed 2.3); null for anything else. */
export function parseFigure(text: string): Figure | null {
  const money = /^(US\$|C\$|A\$|[$€£¥₹])(.+?)(\s?(?:thousand|million|billion|trillion|bn|tn|m))?$/.exec(text.trim());
  const t = money ? money[2]! : text.trim();
  const unit = money ? `${money[1]}…${money[3] ?? ""}` : "";
  const word = numberWordValue(t);
  if (word !== null && !money) return { value: word, unit, spelled: true, decimals: 0, grouped: false };
  if (!/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(t)) return null;
  return { value: Number(t.replace(/,/g, "")), unit, spelled: false, decimals: t.split(".")[1]?.length ?? 0, grouped: t.includes(",") };
}

/** Ratios for distractors of large values: close enough to be plausible, none a simple multiple a student could spot. */
const NEAR_RATIOS = [1.25, 0.75, 1.5, 0.8, 1.35, 0.65, 1.75, 0.85, 1.15, 0.55, 1.6, 1.3, 0.7, 1.45, 0.9, 1.1];

/**
 * Wrong values near the true one, in seeded-pick order: a few steps either
 * side for small counts; for larger ones, values within a factor of two,
 * rounded as the key is rounded (600 gives 450, 750, 900, not 1,800), never
 * a double, half or tenfold of it. Never the value itself and never negative.
 */
export function nearbyNumbers(value: number): number[] {
  if (Number.isInteger(value) && value <= 10) {
    // Never 1 for a larger key: "for one straight years" gives itself away.
    return [value + 1, value - 1, value + 2, value - 2, value + 3, value + 4].filter((n) => n > 1);
  }
  const step = roundness(value);
  const out: number[] = [];
  for (const ratio of NEAR_RATIOS) {
    const n = Math.round((value * ratio) / step) * step;
    const r = Math.max(n, value) / Math.min(n, value);
    const rounded = Number(n.toFixed(4));
    // 1.2 does not get 1.0 ("$1.0 billion"): a figure no writer prints marks itself as made up.
    if (!Number.isInteger(value) && Number.isInteger(rounded)) continue;
    // Nothing below 1 for a key of 1 or more: "$0.80 billion" is not how anyone writes it.
    if (rounded > 0 && (value < 1 || rounded >= 1) && rounded !== value && ![2, 3, 4, 5, 10].some((k) => Math.abs(r - k) < 1e-9) && !out.includes(rounded)) out.push(rounded);
  }
  return out;
}

/** The step a value is rounded to: 1,000 for 12,000, 10 for 40, 1 for 16, 0.1 for 2.5. */
function roundness(value: number): number {
  if (!Number.isInteger(value)) return 10 ** -((String(value).split(".")[1] ?? "").length);
  let step = 1;
  while (value % (step * 10) === 0 && step * 10 < value) step *= 10;
  // 45 minutes gives 35 and 55, not 34 and 56.
  return value % (step * 5) === 0 && value / (step * 5) >= 4 ? step * 5 : step;
}
