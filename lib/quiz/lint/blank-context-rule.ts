import { BLANK } from "../clause-blank.ts";
import { MIN_CONTEXT_WORDS, wordCount } from "../passage.ts";
import { blankParts } from "./blank-parts.ts";
import type { LintRule } from "./lint-rule.ts";

/** A sentence opening that leans on the sentence before: "He added…", "It draws on…". */
export const PRONOUN_START = /^(?:He|She|They|It|This|These|Those|His|Her|Their|Its)\b/;

/**
 * What a sentence cannot be read without: an opening connective ("Then,
 * Kone came on"), a speaker named only by a pronoun (", he added,"), or a
 * demonstrative pointing back ("on those wards", "that standard"). Null
 * when the sentence stands on its own.
 */
export function leansBack(text: string): string | null {
  text = text.replace(/^[‘“'"]+/, "");
  if (/^(?:Then|But|And|So|Also|However|Still|Yet|Instead|Even so|By then|After that)\b/.test(text)) return "it opens with a connective that needs the sentence before";
  if (/,\s*(?:he|she|they)\s+(?:said|added|says|adds|noted|told|argued|wrote)\b/.test(text)) return "its speaker is only a pronoun";
  if (/\b(?:those|these)\s+\p{Ll}+|\bthat\s+(?:stage|point|standard|figure|level|plan|deal|decision|rule|policy|number|time|year|day)\b|\bat this (?:stage|point)\b|\b(?:previous|former|latter|same|other) one\b/iu.test(text)) return "it points back to something it does not say";
  return null;
}

/**
 * A blank must be readable on its own: the passage around it starts a
 * sentence (not "who founded the company in ____"), holds enough words to
 * say what is missing, and has one blank (cloze may blank a term twice).
 */
export const blankContextRule: LintRule = {
  name: "blank-context",
  check(question) {
    const parts = blankParts(question.prompt);
    if (!parts) return null;
    const context = wordCount(parts.passage.replaceAll(BLANK, " "));
    if (context < MIN_CONTEXT_WORDS) return `only ${context} words around the blank`;
    if (parts.blanks > (question.kind === "cloze" ? 2 : 1)) return "more than one blank";
    if (!/^[\p{Lu}\d‘'(]/u.test(parts.passage) && !parts.passage.startsWith(BLANK)) return "the passage starts mid-sentence";
    if (PRONOUN_START.test(parts.passage)) return "the passage opens with a pronoun whose referent is not shown";
    const leaning = leansBack(parts.passage);
    if (leaning) return `the passage cannot be read alone: ${leaning}`;
    return null;
  },
};
