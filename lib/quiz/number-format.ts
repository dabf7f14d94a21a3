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

/** "$2.3 billion": sign, figure, scale (with its space). */
export const MONEY_FIGURE = /^(US\$|C\$|A\$|[$€£¥₹])(\d[\d,]*(?:\.\d+)?)(\s?(?:thousand|million|billion|trillion|bn|tn|m))?$/;

/** Ratios a student can spot as "the key times something": a wrong value at one of them points at the key. */
export const GIVEAWAY_RATIOS: readonly number[] = [2, 3, 4, 5, 10, 100, 1000];

/** Reads "2,500", "8.5", "two" or "$2.3 billion" (the value is the printed 2.3); null for anything else. */
export function parseFigure(text: string): Figure | null {
  const money = MONEY_FIGURE.exec(text.trim());
  const t = money ? money[2]! : text.trim();
  const unit = money ? `${money[1]}…${money[3] ?? ""}` : "";
  const word = numberWordValue(t);
  if (word !== null && !money) return { value: word, unit, spelled: true, decimals: 0, grouped: false };
  if (!/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(t)) return null;
  return { value: Number(t.replace(/,/g, "")), unit, spelled: false, decimals: t.split(".")[1]?.length ?? 0, grouped: t.includes(",") };
}
