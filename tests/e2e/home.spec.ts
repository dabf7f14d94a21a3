import { expect, test } from "@playwright/test";
import { bundledArticles } from "./content-fixtures.ts";
import { expectTabReachesEveryLink } from "./keyboard.ts";

const articles = bundledArticles();

test("the five seed reports are bundled", () => {
  expect(articles.map((a) => a.slug)).toHaveLength(5);
});

test("home lists every bundled article under its story", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/quizwire/);
  await expect(page.getByRole("heading", { level: 1, name: "Stories" })).toBeVisible();
  const story = page.getByRole("region", { name: /ceasefire call/i });
  for (const article of articles) {
    await expect(story.getByRole("link", { name: article.title, exact: true })).toHaveAttribute("href", `/articles/${article.slug}`);
  }
  await expect(story.getByRole("listitem")).toHaveCount(articles.length);
});

test("keyboard navigation reaches every link on the home page", async ({ page }) => {
  await page.goto("/");
  await expectTabReachesEveryLink(page);
});

test("an unknown address shows a friendly 404 with a way back", async ({ page }) => {
  const response = await page.goto("/articles/no-such-article");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "Back to all stories" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Stories" })).toBeVisible();
});
