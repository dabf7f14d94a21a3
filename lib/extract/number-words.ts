/** Number words and their values, for "four regions" and "three-year war". */
export const UNITS: ReadonlyMap<string, number> = new Map(
  ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen " +
    "eighteen nineteen")
    .split(" ")
    .map((w, i) => [w, i]),
);
export const TENS: ReadonlyMap<string, number> = new Map(
  "twenty thirty forty fifty sixty seventy eighty ninety".split(" ").map((w, i) => [w, (i + 2) * 10]),
);
export const SCALES: ReadonlyMap<string, number> = new Map([
  ["hundred", 100],
  ["thousand", 1_000],
  ["million", 1_000_000],
  ["billion", 1_000_000_000],
  ["trillion", 1_000_000_000_000],
]);

/** Alternation of every unit and ten word, longest first so "seventeen" beats "seven". */
export const NUMBER_WORD = [...UNITS.keys(), ...TENS.keys()].sort((a, b) => b.length - a.length).join("|");

/** Value of "twenty-five", "seven", "forty": null when not a number word. */
export function wordValue(words: string): number | null {
  const [first, second] = words.toLowerCase().split(/[- ]/);
  const tens = TENS.get(first);
  if (tens !== undefined) {
    if (second === undefined) return tens;
    const unit = UNITS.get(second);
    return unit !== undefined && unit > 0 && unit < 10 ? tens + unit : null;
  }
  const unit = UNITS.get(first);
  return second === undefined && unit !== undefined ? unit : null;
}
