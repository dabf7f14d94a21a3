import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { attemptProgress, buildAttempt } from "../../lib/progress/attempt-record.ts";
import { parseStored } from "../../lib/progress/migrations.ts";
import { lessonSummaries, scorePercent } from "../../lib/progress/progress-stats.ts";
import { finishQuizByMouse, lessonQuiz } from "./quiz-fixtures.ts";
import { KEY, preset } from "./stored-progress.ts";

const BACKUP = "quizwire.progress.backup";
const quiz = lessonQuiz();
const quizUrl = (seed: number) => `/lessons/${quiz.slug}/quiz?seed=${seed}`;

/** A stored value with one earlier attempt at this lesson's quiz: 3 of its questions, 2 right. */
function savedProgress() {
  const answers = quiz.questions.slice(0, 3).map((q, i) => ({ questionId: q.id, response: "x", correct: i !== 1 }));
  const attempt = buildAttempt({ quizId: `${quiz.slug}:${quiz.questionSeed}`, lessonSlug: quiz.slug, seed: 1, answers, finishedAt: Date.now() - 60_000 }, "saved-attempt");
  return JSON.stringify(attemptProgress(attempt));
}

/** Puts `value` under the progress key before the first page script runs, once per test (not again on reload). */
const notice = (page: Page, text: string | RegExp) => page.locator(".pg-notice").filter({ hasText: text });

test("corrupt JSON is set aside under the backup key, progress starts afresh, and a notice says so", async ({ page }) => {
  const raw = '{"version":2,"attempts":[';
  await preset(page, raw);
  await page.goto("/progress");
  const banner = notice(page, "could not be read");
  await expect(banner).toContainText("not valid JSON");
  await expect(banner).toContainText(BACKUP);
  await expect(page.getByText("No attempts yet — take a quiz")).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), BACKUP)).toBe(raw);
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
  await banner.getByRole("button", { name: /Dismiss/ }).click();
  await expect(banner).toHaveCount(0);
  // A fresh start works: a quiz is recorded and saved.
  await page.goto(quizUrl(1));
  await finishQuizByMouse(page, quiz.ordered(1));
  expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!).attempts).toHaveLength(1);
  expect(await page.evaluate((k) => localStorage.getItem(k), BACKUP)).toBe(raw);
});

test("progress saved by schema version 1 is migrated, with a notice, and its attempts are shown", async ({ page }) => {
  const v1 = readFileSync(join(process.cwd(), "tests/unit/progress/fixtures/progress-v1.json"), "utf8");
  const migrated = parseStored(v1);
  if (migrated.kind !== "migrated") throw new Error("the v1 fixture should migrate");
  await preset(page, v1);
  await page.goto("/progress");
  await expect(notice(page, "older version")).toContainText("format 1");
  const summaries = lessonSummaries(migrated.progress);
  await expect(page.locator(".pg-table tbody tr")).toHaveCount(summaries.length);
  for (const [i, s] of summaries.entries()) {
    const row = page.locator(".pg-table tbody tr").nth(i);
    await expect(row.getByRole("rowheader")).toContainText(s.lessonSlug);
    await expect(row.getByRole("cell").nth(0)).toHaveText(`${s.best.correct}/${s.best.total} (${scorePercent(s.best)}%)`);
    await expect(row.getByRole("cell").nth(1)).toHaveText(`${s.last.correct}/${s.last.total} (${scorePercent(s.last)}%)`);
    await expect(row.getByRole("cell").nth(2)).toHaveText(String(s.attempts));
  }
  const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!);
  expect(stored.version).toBe(2);
  expect(stored.attempts).toEqual(migrated.progress.attempts);
});

test("a full quota: the quiz keeps working in memory with a notice, and what was saved is kept", async ({ page }) => {
  const saved = savedProgress();
  await preset(page, saved);
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await page.goto(quizUrl(4));
  const score = await finishQuizByMouse(page, quiz.ordered(4), (i) => i !== 0);
  await expect(notice(page, "storage is full")).toBeVisible();
  await expect(page.getByText("Recorded in this tab only")).toBeVisible();
  await expect(page.getByRole("button", { name: "Export progress" })).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(saved);
  // The attempt is in this tab's memory, next to the saved one: the export holds both.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export progress" }).click();
  const file = JSON.parse(readFileSync((await (await download).path())!, "utf8"));
  expect(file.progress.attempts.map((a: { score: { correct: number } }) => a.score.correct).sort()).toEqual([2, score].sort());
  await page.goto("/progress");
  await expect(page.locator(".pg-table tbody tr")).toHaveCount(1);
  await expect(page.getByRole("row").filter({ hasText: quiz.title }).getByRole("cell").nth(1)).toHaveText("2/3 (67%)");
});

test("storage unavailable (reading localStorage throws): the quiz works in memory with a notice", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  await page.goto(quizUrl(6));
  const score = await finishQuizByMouse(page, quiz.ordered(6));
  expect(score).toBe(quiz.questions.length - quiz.ordered(6).filter((q) => q.kind === "order" && q.choices!.some((c, i) => c !== (q.answer as string[])[i])).length);
  await expect(notice(page, "not letting quizwire save")).toBeVisible();
  await expect(page.getByText("Recorded in this tab only")).toBeVisible();
  await expect(page.getByRole("button", { name: "Export progress" })).toBeVisible();
});

test("two tabs see each other's results, and no attempt is lost when both write", async ({ context }) => {
  const [a, b, watcher] = [await context.newPage(), await context.newPage(), await context.newPage()];
  await watcher.goto("/progress");
  await expect(watcher.getByText("No attempts yet — take a quiz")).toBeVisible();
  await a.goto(quizUrl(1));
  await b.goto(quizUrl(2));
  // Both tabs load before either writes, so each holds a stale copy when it records.
  const questionsA = quiz.ordered(1);
  const questionsB = quiz.ordered(2);
  const last = questionsA.length - 1;
  await a.bringToFront();
  const scoreA = await finishQuizByMouse(a, questionsA, (i) => i !== 0, false);
  await b.bringToFront();
  const scoreB = await finishQuizByMouse(b, questionsB, (i) => i > 2 || i === last, false);
  await a.bringToFront();
  await a.getByRole("button", { name: "See my score" }).click();
  await expect(a.getByRole("heading", { name: `You scored ${scoreA} of ${questionsA.length}` })).toBeVisible();
  await b.bringToFront();
  await b.getByRole("button", { name: "See my score" }).click();
  await expect(b.getByRole("heading", { name: `You scored ${scoreB} of ${questionsB.length}` })).toBeVisible();
  await watcher.bringToFront();
  const stored = JSON.parse((await watcher.evaluate((k) => localStorage.getItem(k), KEY))!);
  expect(stored.attempts.map((x: { seed: number }) => x.seed).sort()).toEqual([1, 2]);
  // The other tabs heard about it through the storage event, without a reload.
  await expect(watcher.getByRole("row").filter({ hasText: quiz.title }).getByRole("cell").nth(2)).toHaveText("2");
  const best = Math.max(scoreA, scoreB);
  await expect(watcher.getByRole("row").filter({ hasText: quiz.title }).getByRole("cell").nth(0)).toHaveText(`${best}/${questionsA.length} (${Math.round((100 * best) / questionsA.length)}%)`);
  await a.bringToFront();
  await a.goto("/progress");
  await expect(a.getByRole("row").filter({ hasText: quiz.title }).getByRole("cell").nth(2)).toHaveText("2");
});
