import { streamFor } from "./seeded-random.ts";

/** What shuffling needs of a question; the browser's questions carry less than `Question`. */
interface Shufflable {
  id: string;
  kind: string;
  choices?: string[];
}

/**
 * Another version of a quiz: the same questions with the question order and
 * each question's choice order drawn from `seed` alone (questions and choices
 * are sorted first, so shuffling any version with a seed gives one result). True/false keeps "True"
 * first, and a match or order answer keeps its meaning (it lists the choices
 * by item or by time, not by position).
 *
 * Kept apart from the generators so the browser can import it alone.
 */
export function shuffleQuiz<T extends { seed: number; questions: readonly Shufflable[] }>(quiz: T, seed: number): T & { questions: T["questions"][number][] } {
  return { ...quiz, seed, questions: shuffleQuestions(quiz.questions, seed) };
}

/**
 * The questions of `shuffleQuiz`, alone. With `order: "story"` the questions
 * keep the order given (a lesson that follows the story) and only each
 * question's choices are shuffled.
 */
export function shuffleQuestions<Q extends Shufflable>(questions: readonly Q[], seed: number, order: "shuffle" | "story" = "shuffle"): Q[] {
  const sorted = [...questions].sort((a, b) => (a.id < b.id ? -1 : 1));
  const ordered = order === "story" ? [...questions] : streamFor(seed, "order").shuffle(sorted);
  return ordered.map((q) => {
    if (!q.choices || q.kind === "true-false") return q;
    return { ...q, choices: streamFor(seed, `choices:${q.id}`).shuffle([...q.choices].sort()) };
  });
}
