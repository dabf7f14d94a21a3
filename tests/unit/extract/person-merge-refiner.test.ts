import { describe, expect, test } from "vitest";
import { similarSurnames } from "../../../lib/extract/person-merge-refiner.ts";

/** a, b, same person's surname? */
const cases: [string, string, boolean][] = [
  ["zelensky", "zelenskyy", true],
  ["zelensky", "zelenksy", true],
  ["navalny", "navalniy", true],
  ["smith", "smith", true],
  ["smith", "smyth", true],
  ["keller", "kessler", false],
  ["brown", "green", false],
  ["lee", "lei", false],
  ["macron", "marcos", false],
  ["peskov", "petrov", false],
];

describe("similarSurnames", () => {
  test.each(cases)("%s ~ %s = %s", (a, b, same) => {
    expect(similarSurnames(a, b)).toBe(same);
  });
});
