import { describe, expect, it } from "vitest";
import { isSyllabicGiven, surnameOf } from "../../../lib/text/name-parts.ts";

describe("isSyllabicGiven", () => {
  it.each([
    ["Wai-kit", true],
    ["Jong-un", true],
    ["Lok-yan", true],
    ["Jae-in", true],
    // Adjectives and compound names: a long first part, a capital after the hyphen, or no hyphen at all.
    ["Saudi-led", false],
    ["Kremlin-backed", false],
    ["Russia-based", false],
    ["Anne-Marie", false],
    ["Leung", false],
    ["wai-kit", false],
  ])("%s → %s", (word, expected) => {
    expect(isSyllabicGiven(word)).toBe(expected);
  });
});

describe("surnameOf", () => {
  it.each([
    [["Stanley", "Leung", "Wai-kit"], "Leung"],
    [["Kim", "Jong-un"], "Kim"],
    [["Anne-Marie", "Kellow"], "Kellow"],
    [["Donald", "Trump"], "Trump"],
    [["Wai-kit"], "Wai-kit"],
  ])("%j → %s", (tokens, expected) => {
    expect(surnameOf(tokens)).toBe(expected);
  });
});
