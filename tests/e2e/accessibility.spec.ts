import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { bundledArticles } from "./content-fixtures.ts";

const [article] = bundledArticles();
/** Every kind of page, by path. Pages from later features join this list as they land. */
const pages: [string, string][] = [
  ["home", "/"],
  ["lesson", "/lessons/trump-putin-call-2025-03"],
  ["article", `/articles/${article.slug}`],
  ["not found", "/no-such-page"],
  ["quiz", "/lessons/trump-putin-call-2025-03/quiz?seed=2"],
  ["progress", "/progress"],
  ["review", "/review"],
];

for (const scheme of ["light", "dark"] as const) {
  for (const [name, path] of pages) {
    test(`axe finds no violations on the ${name} page (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
      expect(summary).toEqual([]);
    });
  }
}
