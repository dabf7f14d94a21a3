import { expect, test } from "@playwright/test";
import { qrSymbol } from "../../lib/worksheet/qr-code.ts";
import { worksheetPdfPath, worksheetRoute } from "../../lib/worksheet/worksheet-paths.ts";
import { fold, keyOnlyTexts, printedTexts, worksheetLessons } from "./worksheet-fixtures.ts";

const lessons = worksheetLessons();
const lesson = lessons.find((l) => l.sheet("A").questions.length > 0)!;

test("there is a lesson with questions to print", () => {
  expect(lesson).toBeDefined();
});

for (const version of ["A", "B"]) {
  test(`version ${version}: header, Name/Class/Date and every question numbered, in the quiz's order`, async ({ page }) => {
    const sheet = lesson.sheet(version);
    await page.goto(worksheetRoute(lesson.slug, version));
    await expect(page).toHaveTitle(`Worksheet ${version}: ${lesson.title} · quizwire`);
    await expect(page.getByRole("heading", { level: 1, name: lesson.title, exact: true })).toBeVisible();
    await expect(page.getByText(`Version ${version}`, { exact: true })).toBeVisible();
    for (const field of ["Name", "Class", "Date"]) await expect(page.getByRole("term").filter({ hasText: field })).toBeVisible();
    const items = page.getByRole("list", { name: "Questions" }).locator("> li");
    await expect(items).toHaveCount(sheet.questions.length);
    for (const [i, q] of sheet.questions.entries()) {
      const item = items.nth(i);
      await expect(item.getByRole("paragraph").first()).toHaveText(`${i + 1}. ${q.prompt}`);
      await expect(item).toContainText(`id ${q.id}`);
      // Choices, match items then matches, or events: each in its own list item, in the version's order.
      for (const [j, text] of printedTexts(q).slice(1).entries()) await expect(item.getByRole("listitem").nth(j)).toContainText(text);
    }
  });

  test(`version ${version}: the student's page shows no answer`, async ({ page }) => {
    const sheet = lesson.sheet(version);
    const keyOnly = keyOnlyTexts(sheet, lesson.sheet(version, "key"));
    expect(keyOnly.length, "the lesson has answers that only the key prints").toBeGreaterThan(0);
    await page.goto(worksheetRoute(lesson.slug, version));
    const text = fold(await page.locator("main").innerText());
    expect(text).not.toMatch(/Answer:|Answer key|Also accept|¶/);
    for (const answer of keyOnly) expect(text).not.toContain(answer);
  });

  test(`version ${version}: the key lists every answer in the version's order, with its source`, async ({ page }) => {
    const key = lesson.sheet(version, "key");
    await page.goto(worksheetRoute(lesson.slug, version, "key"));
    await expect(page.getByRole("heading", { level: 1, name: `Answer key: ${lesson.title}` })).toBeVisible();
    const items = page.getByRole("list", { name: "Answers" }).locator("> li");
    await expect(items).toHaveCount(key.questions.length);
    for (const [i, q] of key.questions.entries()) {
      await expect(items.nth(i)).toContainText(`${i + 1}.`);
      await expect(items.nth(i)).toContainText(`id ${q.id}`);
      await expect(items.nth(i)).toContainText(`Answer: ${q.answer!.mark}`);
      for (const ref of q.answer!.references) await expect(items.nth(i).getByRole("listitem").filter({ hasText: ref })).toHaveCount(1);
    }
  });

  test(`version ${version}: a QR code of the online quiz with seed ${version === "A" ? 1 : 2}`, async ({ page }) => {
    const sheet = lesson.sheet(version);
    expect(sheet.quizUrl).toMatch(new RegExp(`/lessons/${lesson.slug}/quiz\\?seed=${sheet.seed}$`));
    await page.goto(worksheetRoute(lesson.slug, version));
    const qr = page.getByRole("img", { name: `QR code of the online quiz, version ${version}` });
    await expect(qr).toBeVisible();
    await expect(qr.locator("path")).toHaveAttribute("d", qrSymbol(sheet.quizUrl).path);
    await expect(page.getByRole("figure").getByRole("link", { name: sheet.quizUrl })).toHaveAttribute("href", sheet.quizUrl);
  });
}

test("printing hides the site's navigation and the worksheet's own links", async ({ page }) => {
  await page.goto(worksheetRoute(lesson.slug, "A"));
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Worksheet" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Worksheet" })).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: lesson.title })).toBeVisible();
});

test("worksheet pages load no JavaScript", async ({ page }) => {
  for (const variant of ["sheet", "key", "large"] as const) {
    await page.goto(worksheetRoute(lesson.slug, "A", variant));
    await expect(page.locator("script[src]")).toHaveCount(0);
  }
});

test("large print sets every word at 18 pt or more, in one column", async ({ page }) => {
  await page.goto(worksheetRoute(lesson.slug, "A", "large"));
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("list", { name: "Questions" }).locator("> li")).toHaveCount(lesson.sheet("A").questions.length);
  const smallest = await page.locator("article").evaluate((root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let min = Infinity;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (!node.textContent!.trim() || !parent.checkVisibility()) continue;
      min = Math.min(min, parseFloat(getComputedStyle(parent).fontSize));
    }
    return min;
  });
  expect(smallest).toBeGreaterThanOrEqual(24); // 18 pt = 24 CSS px
  for (const grid of await page.locator(".ws-match").all()) expect((await grid.evaluate((el) => getComputedStyle(el).gridTemplateColumns)).split(" ")).toHaveLength(1);
});

test("an unbuilt version is the site's 404", async ({ page }) => {
  const response = await page.goto(worksheetRoute(lesson.slug, "Z"));
  expect(response?.status()).toBe(404);
});

test("the lesson page offers every version as a page and a PDF", async ({ page }) => {
  await page.goto(`/lessons/${lesson.slug}`);
  const section = page.getByRole("region", { name: "Print a worksheet" });
  await expect(section.getByRole("link", { name: "Print a worksheet" })).toHaveAttribute("href", worksheetRoute(lesson.slug, "A"));
  for (const version of ["A", "B"]) {
    const row = section.getByRole("listitem").filter({ hasText: `Version ${version}:` });
    await expect(row.getByRole("link", { name: "worksheet", exact: true })).toHaveAttribute("href", worksheetRoute(lesson.slug, version));
    await expect(row.getByRole("link", { name: "answer key", exact: true })).toHaveAttribute("href", worksheetRoute(lesson.slug, version, "key"));
    await expect(row.getByRole("link", { name: "large print", exact: true })).toHaveAttribute("href", worksheetRoute(lesson.slug, version, "large"));
    await expect(row.getByRole("link", { name: `answer key, version ${version}, PDF` })).toHaveAttribute("href", `/${worksheetPdfPath(lesson.slug, version, "key")}`);
  }
});
