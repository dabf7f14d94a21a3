import { describe, expect, test } from "vitest";
import { detectLanguage, languageTagged, otherLanguage } from "../../../lib/text/language.ts";
import { PARAGRAPHS } from "../../fixtures/languages.ts";

describe("detectLanguage", () => {
  test.each([
    ["english", "eng", "English"],
    ["french", "fra", "French"],
    ["spanish", "spa", "Spanish"],
    ["german", "deu", "German"],
  ] as const)("%s → %s", (key, code, name) => {
    expect(detectLanguage(PARAGRAPHS[key])).toMatchObject({ code, name });
  });

  test.each([
    ["a headline", "Council votes to close two libraries"],
    ["nothing", ""],
    ["digits and punctuation", "12,400 — 3.5% (2024) … 17:00 GMT ".repeat(30)],
  ])("says nothing of %s: too little to tell", (_, text) => {
    expect(detectLanguage(text)).toBeNull();
  });

  test("English news with foreign names and places is still English", () => {
    const text = `${PARAGRAPHS.english} Mayor Jean-Baptiste Lefèvre, speaking in Saint-Étienne with José Ángel Núñez of Zaragoza, said the cuts were "temporary".`;
    expect(otherLanguage(text)).toBeNull();
  });

  test("only the first 2,048 characters are read, so a long article costs no more than a short one", () => {
    expect(otherLanguage(`${PARAGRAPHS.english} `.repeat(8) + PARAGRAPHS.french.repeat(200))).toBeNull();
  });
});

describe("languageTagged", () => {
  test.each([
    ["fr", "French"],
    ["pt-BR", "Portuguese"],
    ["xx", "xx"],
  ])("%s is named %s", (tag, name) => expect(languageTagged(tag)).toMatchObject({ tag, name }));
});
