import { expect, test } from "@playwright/test";
import { bundledArticles } from "./content-fixtures.ts";
import { expectTabReachesEveryLink } from "./keyboard.ts";

for (const article of bundledArticles()) {
  test(`article page shows all ${article.paragraphs.length} paragraphs of ${article.slug}`, async ({ page }) => {
    await page.goto(`/articles/${article.slug}`);
    await expect(page.getByRole("heading", { level: 1, name: article.title, exact: true })).toBeVisible();
    await expect(page).toHaveTitle(`${article.title} · quizwire`);
    const shown = page.getByRole("article").locator(".article-body p");
    await expect(shown).toHaveCount(article.paragraphs.length);
    for (const [index, paragraph] of article.paragraphs.entries()) {
      await expect(shown.nth(index)).toHaveText(paragraph);
    }
  });
}

test("keyboard navigation reaches every link on an article page", async ({ page }) => {
  const [article] = bundledArticles();
  await page.goto(`/articles/${article.slug}`);
  await expectTabReachesEveryLink(page);
});
