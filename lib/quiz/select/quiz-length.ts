/** Words of reading per question: a 700-word article gives about twelve. */
const WORDS_PER_QUESTION = 60;
const MIN_QUESTIONS = 5;
const MAX_FOR_ARTICLE = 15;
/** Each further report of a story adds this many, up to `MAX_FOR_STORY`. */
const PER_EXTRA_ARTICLE = 2;
const MAX_FOR_STORY = 25;

/**
 * The default length of a quiz, following the content: about one question
 * per 60 words of the longest article (5 to 15), two more for each further
 * report of a story, 25 at most. A teacher who asks for a count gets it when
 * the facts allow.
 */
export function defaultQuizLength(bodies: readonly string[]): number {
  if (!bodies.length) return 0;
  const longest = Math.max(...bodies.map((b) => (b.trim() ? b.trim().split(/\s+/).length : 0)));
  const base = Math.min(MAX_FOR_ARTICLE, Math.max(MIN_QUESTIONS, Math.round(longest / WORDS_PER_QUESTION)));
  return Math.min(MAX_FOR_STORY, base + PER_EXTRA_ARTICLE * (bodies.length - 1));
}
