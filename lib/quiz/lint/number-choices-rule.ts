import { blankParts } from "./blank-parts.ts";
import { answersOf, distractorsOf, type LintRule } from "./lint-rule.ts";
import { GIVEAWAY_RATIOS, parseFigure } from "../number-format.ts";

const NUMERAL = String.raw`(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)`;
const RANGE_BEFORE = new RegExp(String.raw`\b${NUMERAL}\s*(?:or|to|and|-|–)\s*$`, "i");
const RANGE_AFTER = new RegExp(String.raw`^\s*(?:or|to|-|–)\s*${NUMERAL}\b`, "i");


/**
 * "How many" choices look alike (all figures or all words, the same number
 * of decimals, the same order of magnitude) and none is a simple multiple or
 * fraction of the key. The key itself is a count worth asking: not a year
 * read as a count, not "one" or "two" in a set phrase.
 */
export const numberChoicesRule: LintRule = {
  name: "number-choices",
  check(question) {
    if (question.kind !== "how-many" || !question.choices) return null;
    const parts = blankParts(question.prompt);
    // "two or ____", "between 40 and ____": the other end of a range gives the answer away.
    if (parts && (RANGE_BEFORE.test(parts.before) || RANGE_AFTER.test(parts.after))) return "the blank is one end of a range the other end gives away";
    const [keyText] = answersOf(question);
    const key = parseFigure(keyText ?? "");
    if (key === null) return "the key is not a number";
    if (key.value < 3 && key.spelled) return `"${keyText}" is too small to be a count worth asking`;
    if (!key.unit && Number.isInteger(key.value) && key.value >= 1800 && key.value <= 2100 && !key.grouped) return `"${keyText}" reads as a year`;
    for (const text of distractorsOf(question)) {
      const d = parseFigure(text);
      if (d === null || d.spelled !== key.spelled || d.decimals !== key.decimals || d.unit !== key.unit) return `"${text}" is not written like the key`;
      const ratio = Math.max(d.value, key.value) / Math.min(d.value, key.value);
      if (key.value > 10 && ratio > 2.5) return `"${text}" is far from the key's magnitude`;
      if (key.value > 10 && GIVEAWAY_RATIOS.some((r) => Math.abs(ratio - r) < 1e-9)) return `"${text}" is a simple multiple or fraction of the key`;
    }
    return null;
  },
};
