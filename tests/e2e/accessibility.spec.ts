import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { bundledArticles } from "./content-fixtures.ts";

const [article] = bundledArticles();
/**
 * The all-on-one-page quiz once it is in use: the layout only appears after the
 * script reads the URL, and checking the order question (answerable without
 * knowing the answer) plus Finish too soon show feedback, marks and the reminder.
 */
async function useAllOnOnePage(page: Page) {
  await expect(page.getByRole("radio", { name: "All on one page" })).toBeChecked();
  const order = page.getByRole("form").filter({ has: page.getByRole("button", { name: /^Move up/ }) }).first();
  await order.getByRole("button", { name: /^Check answer/ }).click();
  await expect(order.locator(".qz-feedback")).toBeVisible();
  await page.getByRole("button", { name: "Finish and see my score" }).click();
  await expect(page.getByText(/Check every question first/)).toBeVisible();
}

/** Every kind of page, by path, and what to do there first. Pages from later features join this list as they land. */
const pages: [string, string, ((page: Page) => Promise<void>)?][] = [
  ["home", "/"],
  ["lesson", "/lessons/trump-putin-call-2025-03"],
  ["hand-written lesson", "/lessons/who-said-what-ceasefire-call"],
  ["hand-written lesson with sources compared", "/lessons/one-event-five-outlets"],
  ["article", `/articles/${article.slug}`],
  ["not found", "/no-such-page"],
  ["quiz", "/lessons/trump-putin-call-2025-03/quiz?seed=2"],
  ["quiz (all on one page)", "/lessons/trump-putin-call-2025-03/quiz?seed=2&view=all", useAllOnOnePage],
  ["progress", "/progress"],
  ["review", "/review"],
  ["worksheet", "/lessons/trump-putin-call-2025-03/worksheet/A"],
  ["answer key", "/lessons/trump-putin-call-2025-03/worksheet/A/key"],
  ["large-print worksheet", "/lessons/trump-putin-call-2025-03/worksheet/B/large"],
];

for (const scheme of ["light", "dark"] as const) {
  for (const [name, path, prepare] of pages) {
    test(`axe finds no violations on the ${name} page (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
      await page.goto(path);
      // Interactive pages fetch their scripts after the first paint; check the page learners use, once it has settled.
      await page.waitForLoadState("networkidle");
      await prepare?.(page);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
      expect(summary).toEqual([]);
    });
  }
}
