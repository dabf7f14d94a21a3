import { expect, type Page } from "@playwright/test";

/** Presses Tab through the page and checks that every link on it received focus. */
export async function expectTabReachesEveryLink(page: Page) {
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  const reached = new Set<string>();
  for (let i = 0; i < hrefs.length + 3; i++) {
    await page.keyboard.press("Tab");
    const href = await page.evaluate(() => document.activeElement?.getAttribute("href"));
    if (href) reached.add(href);
  }
  expect([...reached].sort()).toEqual([...new Set(hrefs)].sort());
}
