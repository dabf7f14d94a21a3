import { expect, type Locator, type Page } from "@playwright/test";
import { loadContent } from "../../lib/content/load-content.ts";
import type { LessonQuestion } from "../../lib/quiz/lesson-quiz.ts";
import { shuffleQuestions } from "../../lib/quiz/shuffle-quiz.ts";
import { loadLessonQuizzes } from "../../lib/site/lesson-quizzes.ts";

type Question = LessonQuestion;

/** Every lesson's quiz, computed once from content/ with the same lib code the build uses. */
let all: ReturnType<typeof loadLessonQuizzes> | undefined;
const siteQuizzes = () => loadLessonQuizzes(process.cwd(), loadContent());

/**
 * The quiz each lesson page offers, computed from content/ with the same lib
 * code and settings the build uses (a teacher's lesson adds its settings and
 * its own questions, and lessons on one story share out the generated
 * questions), so the browser tests follow the content.
 */
export function lessonQuiz(slug = "trump-putin-call-2025-03") {
  all ??= siteQuizzes();
  const lesson = all.lessons.find((l) => l.slug === slug)!;
  const quiz = all.quizzes.get(slug)!;
  const bodies = new Map((quiz.input?.articles ?? []).map((a) => [a.slug, a.body]));
  const order = quiz.settings.order ?? "shuffle";
  return {
    slug,
    title: lesson.title,
    questionSeed: quiz.settings.seed,
    questions: quiz.questions,
    bodies,
    /** The questions in the order a seed shows them, choices shuffled. */
    ordered: (seed: number) => shuffleQuestions(quiz.questions, seed, order),
  };
}

/** Every lesson's quiz, in the site's lesson order. */
export function allLessonQuizzes() {
  all ??= siteQuizzes();
  return all.lessons.map((l) => lessonQuiz(l.slug));
}

/** The fewest lessons whose quizzes hold every way of answering between them, the default lesson first. */
export function lessonsCoveringModes() {
  const quizzes = allLessonQuizzes().sort((a, b) => Number(b.slug === lessonQuiz().slug) - Number(a.slug === lessonQuiz().slug));
  const covered = new Set<Mode>();
  return quizzes.filter((quiz) => {
    const adds = quiz.questions.map(modeOf).filter((m) => !covered.has(m));
    adds.forEach((m) => covered.add(m));
    return adds.length > 0;
  });
}

export type Mode = "single" | "several" | "typed" | "order" | "match";

export function modeOf(q: Question): Mode {
  if (q.kind === "order") return "order";
  if (q.kind === "match") return "match";
  if ((q.kind === "source-check" || q.kind === "choice") && Array.isArray(q.answer)) return "several";
  return q.choices ? "single" : "typed";
}

export const answers = (q: Question) => (Array.isArray(q.answer) ? q.answer : [q.answer]);

/** A wrong choice of a single-choice question. */
export const wrongChoice = (q: Question) => q.choices!.find((c) => !answers(q).includes(c))!;

/**
 * Answers the current question with the mouse (fast; the keyboard is tested
 * on its own): right or wrong as asked, except an order question, which is
 * checked in the order shown. Returns whether the answer given is right.
 * `form` is the question's form: the one-at-a-time form unless given (in
 * the all-on-one-page layout each question has its own).
 */
export async function answerByMouse(page: Page, q: Question, right: boolean, form: Locator = page.locator("form.qz-form")): Promise<boolean> {
  let correct = right;
  switch (modeOf(q)) {
    case "single":
      await form.getByRole("radio", { name: right ? answers(q)[0] : wrongChoice(q), exact: true }).check();
      break;
    case "several":
      for (const choice of right ? answers(q) : [wrongChoice(q)]) await form.getByRole("checkbox", { name: choice, exact: true }).check();
      break;
    case "typed":
      await form.getByRole("textbox").fill(right ? answers(q)[0]! : "not the answer");
      break;
    case "match":
      for (const [i, item] of q.items!.entries()) {
        const choice = right ? answers(q)[i]! : answers(q)[(i + 1) % q.items!.length]!;
        await form.getByRole("combobox", { name: item, exact: true }).selectOption(choice);
      }
      break;
    case "order":
      correct = q.choices!.every((c, i) => c === answers(q)[i]);
      break;
  }
  await form.getByRole("button", { name: "Check answer" }).click();
  return correct;
}

/**
 * Takes a whole quiz with the mouse; `right(i)` says which to answer right.
 * Returns the number right. With `finish: false` it stops before "See my
 * score", so a test can choose when the attempt is recorded.
 */
export async function finishQuizByMouse(page: Page, questions: Question[], right: (i: number) => boolean = () => true, finish = true): Promise<number> {
  let score = 0;
  for (const [i, q] of questions.entries()) {
    await expect(page.locator(".qz-question .qz-prompt")).toHaveText(q.prompt);
    if (await answerByMouse(page, q, right(i))) score++;
    if (i < questions.length - 1 || finish) await page.getByRole("button", { name: i === questions.length - 1 ? "See my score" : "Next question" }).click();
  }
  if (!finish) return score;
  await expect(page.getByRole("heading", { name: `You scored ${score} of ${questions.length}` })).toBeVisible();
  return score;
}
