/**
 * Numbers as choices: digits grouped as in English ("2,500"), or words when
 * the article spelled the number out ("two"), so the blank reads naturally.
 */

const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

/** A number word's value, or null. */
export function numberWordValue(word: string): number | null {
  const at = WORDS.indexOf(word.toLowerCase());
  return at >= 0 ? at : null;
}

/** Prints a value in the article's style. */
export function formatNumber(value: number, spelled: boolean): string {
  if (spelled && Number.isInteger(value) && value >= 0 && value < WORDS.length) return WORDS[value]!;
  return value.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

/**
 * Wrong values near the true one: a few steps either side for small counts,
 * halves, doubles and round neighbours for large ones. Never the value itself
 * and never negative.
 */
export function nearbyNumbers(value: number): number[] {
  const candidates = value <= 10
    ? [value + 1, value - 1, value + 2, value + 3, value - 2, value * 2, value + 5]
    : [value * 2, Math.round(value / 2), Math.round(value * 1.5), Math.round(value * 0.8), value * 3, value * 10, Math.round(value * 1.2)];
  return [...new Set(candidates.filter((n) => n > 0 && n !== value))];
}
