import { expect, test } from "@playwright/test";
import { attemptProgress, buildAttempt } from "../../lib/progress/attempt-record.ts";
import { dueItems } from "../../lib/progress/review-scheduler.ts";
import { shuffleQuiz } from "../../lib/quiz/shuffle-quiz.ts";
import { answerByMouse, lessonQuiz } from "./quiz-fixtures.ts";
import { KEY, preset } from "./stored-progress.ts";

const quiz = lessonQuiz();

test("with nothing answered yet: nothing due, and a pointer to the quizzes", async ({ page }) => {
  await page.goto("/review");
  await expect(page).toHaveTitle("Review · quizwire");
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /\S/);
  await expect(page.getByText("Nothing due — come back tomorrow.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Pick a lesson and take its quiz" })).toBeVisible();
});

test("missed questions come back, rebuilt from their lesson with the seed's choice order; answering them records reviews", async ({ page }) => {
  // Three questions of a seed-3 attempt an hour ago, two missed: those two are due now.
  const seed = 3;
  const asked = quiz.ordered(seed).slice(0, 3);
  const attempt = buildAttempt(
    {
      quizId: `${quiz.slug}:${quiz.questionSeed}`,
      lessonSlug: quiz.slug,
      seed,
      finishedAt: Date.now() - 3_600_000,
      answers: asked.map((q, i) => ({ questionId: q.id, response: "x", correct: i === 1 })),
    },
    "earlier",
  );
  const progress = attemptProgress(attempt);
  const due = dueItems(progress, Date.now());
  expect(due).toHaveLength(2);
  await preset(page, JSON.stringify(progress));
  await page.goto("/review");
  for (const [i, item] of due.entries()) {
    const question = shuffleQuiz({ ...quiz, seed, story: quiz.slug, questions: quiz.questions.filter((q) => q.id === item.questionId) }, item.seed).questions[0]!;
    await expect(page.locator(".qz-qnum").first()).toHaveText(`Review ${i + 1} of ${due.length} · ${quiz.title}`);
    await expect(page.locator(".qz-question .qz-prompt")).toHaveText(question.prompt);
    if (question.choices && question.kind !== "match") await expect(page.locator(".qz-choice-text, .qz-order-text")).toHaveText(question.choices);
    const right = await answerByMouse(page, question, true);
    await expect(page.locator(".qz-verdict")).toHaveText(right ? "✓ Right." : "✗ Not quite.");
    await page.getByRole("button", { name: i === due.length - 1 ? "Finish" : "Next question" }).click();
  }
  const after = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!);
  for (const item of due) expect(after.questions[item.questionId].history.filter((h: { review?: boolean }) => h.review)).toHaveLength(1);
  const stillDue = dueItems(after, Date.now()).length;
  if (stillDue === 0) {
    await expect(page.getByText("Nothing due — come back tomorrow.")).toBeVisible();
    await expect(page.getByText("Next question due:")).toBeVisible();
  } else {
    await expect(page.getByRole("button", { name: "Review them" })).toBeVisible();
  }
});
