import { containsTokens, tokenize } from "../../story/text-fold.ts";
import { isContentWord } from "../lint/content-words.ts";
import { BLANK } from "../clause-blank.ts";
import { quotedPassage } from "../passage.ts";

/** What the reveal check reads of a question: what it asks, shows and expects. */
export interface Revealable {
  kind: string;
  prompt: string;
  choices?: readonly string[];
  answer: string | readonly string[];
}

/** Kinds whose answer is not a piece of the story ("True", an order, pairs). */
const NO_ANSWER_TEXT = new Set(["true-false", "match", "order"]);

/**
 * Whether `shown` gives away the answer of `asked`: its prompt or choices
 * hold the answer together with most of what `asked` is about. A true/false
 * statement that prints "lay off about 600 employees" answers "How many
 * employees … ____?"; "Which of these did Teague say?" with the quote among
 * its choices answers "Who said …?".
 */
export function reveals(asked: Revealable, shown: Revealable): boolean {
  if (NO_ANSWER_TEXT.has(asked.kind)) return false;
  const visible = tokenize(`${shown.prompt} ${(shown.choices ?? []).join(" ")}`);
  const visibleSet = new Set(visible);
  const answers = (Array.isArray(asked.answer) ? asked.answer : [asked.answer]) as string[];
  const shows = answers.some((a) => {
    const words = tokenize(a).filter((w) => w.length > 1);
    // A name is given away by its surname alone.
    const key = /^\p{Lu}/u.test(a) && words.length > 1 && asked.kind !== "claim" && asked.kind !== "role" ? words.slice(-1) : words;
    return key.length > 0 && containsTokens(visible, key);
  });
  if (!shows) return false;
  // "six hospitals" anywhere gives away "at ____ hospitals": the figure with what it counts is the whole fact.
  const counted = asked.kind === "how-many" ? /____\s*([\p{L}-]+)/u.exec(asked.prompt)?.[1] : undefined;
  if (counted && answers.some((a) => containsTokens(visible, [...tokenize(a), ...tokenize(counted)]))) return true;
  // A figure of three digits or a sum of money is the fact itself wherever it is printed ("2,214", "$1.2 billion").
  if (asked.kind === "how-many" && answers.some((a) => /^(?:US)?[$€£¥₹]|\d[\d,.]{2,}/.test(a) && containsTokens(visible, tokenize(a)))) return true;
  // What the question is about: its passage or quotation, not its "How many? Fill the blank".
  const topic = [...new Set(tokenize((quotedPassage(asked.prompt) ?? asked.prompt).replaceAll(BLANK, " ")).filter(isContentWord))];
  const shared = topic.filter((w) => visibleSet.has(w)).length;
  return topic.length > 0 && shared >= Math.min(2, topic.length) && shared / topic.length >= 0.4;
}
