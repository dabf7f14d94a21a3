import { expect, test, type Page } from "@playwright/test";
import { paragraphIndexAt } from "../../lib/content/body-paragraphs.ts";
import { answerByMouse, answers, lessonQuiz, modeOf } from "./quiz-fixtures.ts";

// The all-on-one-page layout of the quiz player (`?view=all`); one at a time is tested in quiz.spec.ts.
const quiz = lessonQuiz();
const url = (seed: number, all = false) => `/lessons/${quiz.slug}/quiz?seed=${seed}${all ? "&view=all" : ""}`;
/** Each question of the all-on-one-page layout is a form named by its number. */
const formOf = (page: Page, i: number, total: number) => page.getByRole("form", { name: `Question ${i + 1} of ${total}`, exact: true });
const prompts = (page: Page) => page.locator(".qz-question .qz-prompt");

test("all on one page: each question is checked where it stands, Finish asks for the rest, and the attempt is recorded and shows on /progress after a reload", async ({ page }) => {
  const seed = 4;
  const questions = quiz.ordered(seed);
  const total = questions.length;
  await page.goto(url(seed));
  await expect(page.getByText(`Seed ${seed} ·`)).toBeVisible();
  await page.getByRole("radio", { name: "All on one page" }).check();
  await expect(page).toHaveURL(new RegExp(`\\?seed=${seed}&view=all$`));
  await expect(page.getByRole("link", { name: "share link" })).toHaveAttribute("href", url(seed, true));
  await expect(prompts(page)).toHaveText(questions.map((q) => q.prompt));

  let score = 0;
  const right = (i: number) => i % 3 !== 1;
  const answer = async (i: number) => {
    const form = formOf(page, i, total);
    const correct = await answerByMouse(page, questions[i]!, right(i), form);
    await expect(form.locator(".qz-verdict")).toHaveText(correct ? "✓ Right." : "✗ Not quite.");
    await expect(form).toContainText(questions[i]!.explanation);
    if (correct) score++;
  };
  // Two left for later, out of order: Finish must name them.
  const later = [2, total - 1];
  for (const i of questions.keys()) if (!later.includes(i)) await answer(i);
  await expect(page.getByText(`${total - later.length} of ${total} answered`)).toBeVisible();
  const q0 = questions[0]!;
  const paragraph = paragraphIndexAt(quiz.bodies.get(q0.evidence!.article)!, q0.evidence!.start);
  await expect(formOf(page, 0, total).getByRole("link").first()).toHaveAttribute("href", `/articles/${q0.evidence!.article}#p-${paragraph}`);

  const finish = page.getByRole("button", { name: "Finish and see my score" });
  await finish.click();
  await expect(page.getByText(`Check every question first: questions ${later[0]! + 1} and ${later[1]! + 1} are not checked yet.`)).toBeVisible();
  await expect(page.getByRole("heading", { name: /You scored/ })).toHaveCount(0);
  for (const i of later) await answer(i);
  await expect(page.getByText(/Check every question first/)).toHaveCount(0);
  await finish.click();
  await expect(page.getByRole("heading", { name: `You scored ${score} of ${total}` })).toBeFocused();

  // Retrying keeps the layout and the seed, and starts on the first question.
  await page.getByRole("button", { name: "Retry with the same seed" }).click();
  await expect(page).toHaveURL(new RegExp(`\\?seed=${seed}&view=all$`));
  await expect(prompts(page)).toHaveText(questions.map((q) => q.prompt));
  await expect(formOf(page, 0, total).locator(":focus")).toHaveCount(1);

  await page.goto("/progress");
  await page.reload();
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: quiz.title }) });
  const cell = `${score}/${total} (${Math.round((100 * score) / total)}%)`;
  await expect(row.getByRole("cell").nth(0)).toHaveText(cell);
  await expect(row.getByRole("cell").nth(2)).toHaveText("1");
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("quizwire.progress")!));
  expect(stored.attempts).toHaveLength(1);
  expect(stored.attempts[0]).toMatchObject({ quizId: `${quiz.slug}:${quiz.questionSeed}`, lessonSlug: quiz.slug, seed, score: { correct: score, total } });
  expect(stored.attempts[0].answers.map((a: { questionId: string }) => a.questionId)).toEqual(questions.map((q) => q.id));
});

test("a shared link with view=all opens every question on one page; number keys act on the focused question; switching back keeps the answers", async ({ page }) => {
  const seed = 6;
  const questions = quiz.ordered(seed);
  const total = questions.length;
  await page.goto(url(seed, true));
  await expect(page.getByRole("radio", { name: "All on one page" })).toBeChecked();
  await expect(page.getByRole("form", { name: /^Question \d+ of \d+$/ })).toHaveCount(total);
  await expect(prompts(page)).toHaveText(questions.map((q) => q.prompt));

  // A one-answer question past the first: its number keys pick its choices, not the first question's.
  const s = questions.findIndex((q, i) => i > 0 && modeOf(q) === "single");
  const q = questions[s]!;
  const form = formOf(page, s, total);
  await form.getByRole("radio").first().focus();
  await page.keyboard.press(String(q.choices!.indexOf(answers(q)[0]!) + 1));
  await expect(form.getByRole("radio", { name: answers(q)[0]!, exact: true })).toBeChecked();
  await expect(page.getByRole("radio", { checked: true })).toHaveCount(2); // the layout switch's and this one
  await page.keyboard.press("Enter");
  await expect(form.locator(".qz-verdict")).toHaveText("✓ Right.");
  const next = (s + 1) % total;
  await expect(form.getByRole("button", { name: `Go to question ${next + 1}`, exact: true })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(formOf(page, next, total).locator(":focus")).toHaveCount(1);

  // Back to one at a time with the arrow keys: the URL drops view=all, focus stays on the switch, the answer is kept.
  await page.getByRole("radio", { name: "All on one page" }).focus();
  await page.keyboard.press("ArrowLeft");
  const one = page.getByRole("radio", { name: "One at a time" });
  await expect(one).toBeChecked();
  await expect(one).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`\\?seed=${seed}$`));
  await expect(page.getByText(`1 of ${total} answered · 1 right`)).toBeVisible();
  await expect(prompts(page)).toHaveText([questions[0]!.prompt]);
});
