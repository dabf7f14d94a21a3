import { readFileSync } from "node:fs";
import { loadContent } from "../../lib/content/load-content.ts";
import { expect, test, type Page } from "@playwright/test";
import { attemptProgress, buildAttempt } from "../../lib/progress/attempt-record.ts";
import { mergeProgress } from "../../lib/progress/progress-merge.ts";
import { emptyProgress, type Progress } from "../../lib/progress/progress-schema.ts";
import { lessonSummaries, scorePercent, streak } from "../../lib/progress/progress-stats.ts";
import { dueCount } from "../../lib/progress/review-scheduler.ts";
import { lessonQuiz } from "./quiz-fixtures.ts";
import { KEY, preset } from "./stored-progress.ts";

const quiz = lessonQuiz();

/** Two attempts at the lesson's quiz, a minute and two minutes ago, with some answers wrong. */
function history(now: number): Progress {
  const attempt = (id: string, at: number, wrongEvery: number) =>
    attemptProgress(
      buildAttempt(
        {
          quizId: `${quiz.slug}:${quiz.questionSeed}`,
          lessonSlug: quiz.slug,
          seed: 1,
          finishedAt: at,
          answers: quiz.questions.map((q, i) => ({ questionId: q.id, response: "x", correct: i % wrongEvery !== 0 })),
        },
        id,
      ),
    );
  return [attempt("a1", now - 120_000, 3), attempt("a2", now - 60_000, 5)].reduce(mergeProgress, emptyProgress());
}

const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), KEY);

test("with no attempts: an empty state pointing to a quiz, and a title and description", async ({ page }) => {
  await page.goto("/progress");
  await expect(page).toHaveTitle("Your progress · quizwire");
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /\S/);
  await expect(page.getByText("No attempts yet — take a quiz")).toBeVisible();
  // The first lesson listed: a teacher's lesson when there is one, else the automatic one.
  const first = loadContent().lessons[0]?.slug ?? quiz.slug;
  await expect(page.getByRole("link", { name: "take a quiz" })).toHaveAttribute("href", `/lessons/${first}/quiz`);
  await expect(page.getByRole("button", { name: "Reset progress…" })).toBeDisabled();
});

test("shows best and last score per lesson, the streak and the items due", async ({ page }) => {
  const now = Date.now();
  const progress = history(now);
  await preset(page, JSON.stringify(progress));
  await page.goto("/progress");
  const [summary] = lessonSummaries(progress);
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: quiz.title }) });
  await expect(row.getByRole("link")).toHaveAttribute("href", `/lessons/${quiz.slug}`);
  await expect(row.getByRole("cell").nth(0)).toHaveText(`${summary!.best.correct}/${summary!.best.total} (${scorePercent(summary!.best)}%)`);
  await expect(row.getByRole("cell").nth(1)).toHaveText(`${summary!.last.correct}/${summary!.last.total} (${scorePercent(summary!.last)}%)`);
  await expect(row.getByRole("cell").nth(2)).toHaveText("2");
  const days = streak(progress, Date.now()).days;
  await expect(page.locator(".pg-stats div").filter({ hasText: "Streak" }).locator("dd")).toHaveText(`${days} day${days === 1 ? "" : "s"}`);
  const due = dueCount(progress, Date.now());
  expect(due).toBeGreaterThan(0);
  await expect(page.locator(".pg-stats div").filter({ hasText: "Due for review" }).locator("dd")).toHaveText(String(due));
  await expect(page.getByRole("link", { name: `Review ${due} questions now` })).toHaveAttribute("href", "/review");
});

test("export, reset (after confirming), import: everything comes back; a second import adds nothing", async ({ page }) => {
  const progress = history(Date.now());
  await preset(page, JSON.stringify(progress));
  await page.goto("/progress");
  const before = JSON.parse((await stored(page))!);

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export progress" }).click();
  const file = (await (await download).path())!;
  expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({ format: "quizwire-progress", progress: before });

  // Cancel first: nothing happens.
  await page.getByRole("button", { name: "Reset progress…" }).click();
  const dialog = page.getByRole("dialog", { name: "Reset all progress?" });
  await expect(dialog).toContainText("export your progress first");
  await expect(dialog.getByRole("button", { name: "Export progress first" })).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  expect(JSON.parse((await stored(page))!)).toEqual(before);

  await page.getByRole("button", { name: "Reset progress…" }).click();
  await dialog.getByRole("button", { name: "Yes, reset everything" }).click();
  await expect(page.getByText("No attempts yet — take a quiz")).toBeVisible();
  expect(await stored(page)).toBeNull();

  await page.getByLabel("Progress file (.json)").setInputFiles(file);
  await expect(page.locator(".pg-result")).toContainText(`${progress.attempts.length} attempts added, 0 skipped, 0 problems`);
  await expect(page.getByRole("row").filter({ hasText: quiz.title }).getByRole("cell").nth(2)).toHaveText(String(progress.attempts.length));
  expect(JSON.parse((await stored(page))!)).toEqual(before);

  await page.getByLabel("Progress file (.json)").setInputFiles(file);
  await expect(page.locator(".pg-result")).toContainText(`0 attempts added, ${progress.attempts.length} skipped, 0 problems`);
  expect(JSON.parse((await stored(page))!)).toEqual(before);
  await page.reload();
  await expect(page.getByRole("row").filter({ hasText: quiz.title }).getByRole("cell").nth(2)).toHaveText(String(progress.attempts.length));
});

test("importing a file that is not a progress export says why and changes nothing", async ({ page }) => {
  const progress = history(Date.now());
  await preset(page, JSON.stringify(progress));
  await page.goto("/progress");
  const before = await stored(page);
  await page.getByLabel("Progress file (.json)").setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from('{"name":"not progress"}') });
  await expect(page.locator(".pg-result")).toContainText("Not imported “notes.json”: 0 attempts added, 0 skipped, 1 problem");
  await expect(page.locator(".pg-result")).toContainText("not a quizwire progress file");
  expect(await stored(page)).toBe(before);
});
