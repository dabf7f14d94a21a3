import { sentenceStarts } from "../extract/sentence-bounds.ts";
import { termStem } from "./choice-fold.ts";
import { BLANK } from "./clause-blank.ts";
import { inflection } from "./lint/content-words.ts";
import { isOpening, nestQuotes, stripDateline, tidy } from "./passage.ts";
import { pickDistractors } from "./distractor-picker.ts";
import { keyTerms } from "./key-terms.ts";
import { questionId } from "./question-id.ts";
import type { Question } from "./question-schema.ts";
import type { QuizContext } from "./quiz-context.ts";

/** Sentences shorter than this give too little context for a blank; longer ones tire the reader. */
const MIN_WORDS = 8;
const MAX_WORDS = 40;

/**
 * Cloze on the story's key terms: a sentence with every occurrence of the
 * term blanked and a word bank of other key terms. Checked leniently as a
 * term (hyphens and plural -s do not count), so it can be typed too.
 */
export function clozeQuestions(context: QuizContext): Question[] {
  const terms = keyTerms(context);
  const out: Question[] = [];
  for (const term of terms) {
    const found = findSentence(context, term.word);
    if (!found) continue;
    const id = questionId("cloze", [found.slug, term.word], term.word);
    const wrong = pickDistractors(context, {
      answers: [found.surface],
      // Only words with the key's ending: "____ seekers" must not be solved by grammar.
      fromStory: terms.filter((t) => t.word !== term.word && inflection(t.surface) === inflection(found.surface)).map((t) => t.surface),
      collide: (a, b) => termStem(a) === termStem(b),
      count: 3,
      random: context.random(id),
    });
    if (wrong.length < 2) continue;
    const outlet = context.article(found.slug)?.outlet;
    out.push({
      id,
      kind: "cloze",
      prompt: `Fill the blank with a key word of the story: “${found.blanked}”`,
      choices: [found.surface, ...wrong],
      answer: found.surface,
      accepted: [found.surface],
      answerType: "term",
      explanation: `The sentence uses the word “${found.surface}”, which runs through the story.`,
      evidence: { article: found.slug, ...(outlet ? { outlet } : {}), start: found.start, end: found.end, text: found.text },
      difficulty: 2,
      factIds: [`term:${term.word}`],
    });
  }
  return out;
}

/**
 * The first sentence of the story, in article order, that uses the term and
 * is a readable length; narrative sentences before ones holding quote marks,
 * whose blanks would sit in someone's half-shown words.
 */
function findSentence(context: QuizContext, word: string) {
  return findIn(context, word, false) ?? findIn(context, word, true);
}

function findIn(context: QuizContext, word: string, quotesAllowed: boolean) {
  const pattern = new RegExp(`(?<![\\p{L}-])${[...word].join("-?")}(?![\\p{L}-])`, "giu");
  for (const { slug } of context.story.articles) {
    const body = context.article(slug)?.body ?? "";
    const starts = [...sentenceStarts(body), body.length];
    for (let i = 0; i + 1 < starts.length; i++) {
      const text = body.slice(starts[i], starts[i + 1]).trimEnd();
      const lead = text.length - stripDateline(text, isOpening(body, starts[i]!)).length;
      const words = text.split(/\s+/).length;
      if (words < MIN_WORDS || words > MAX_WORDS || !/[.!?”’"]$/.test(text)) continue;
      if (!quotesAllowed && /[“”"‘]|(?<!\p{L})’/u.test(text)) continue;
      const match = text.match(pattern);
      if (!match) continue;
      const blanked = tidy(nestQuotes(text.slice(lead).replace(pattern, BLANK)));
      return { slug, start: starts[i]!, end: starts[i]! + text.length, text, surface: match[0].toLowerCase(), blanked };
    }
  }
  return null;
}
