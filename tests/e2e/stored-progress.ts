import type { Page } from "@playwright/test";
import { DEFAULT_PROGRESS_KEY } from "../../lib/progress/progress-store.ts";

/** Where the app keeps progress in localStorage. */
export const KEY = DEFAULT_PROGRESS_KEY;

/**
 * Puts `value` in localStorage before the page's scripts run, once per tab:
 * later navigations and reloads see what the app itself wrote.
 */
export async function preset(page: Page, value: string) {
  await page.addInitScript(
    ([key, raw]) => {
      if (sessionStorage.getItem("preset")) return;
      sessionStorage.setItem("preset", "1");
      localStorage.setItem(key!, raw!);
    },
    [KEY, value],
  );
}

/** The raw value the app has stored. */
export const stored = (page: Page, key: string = KEY) => page.evaluate((k) => localStorage.getItem(k), key);
