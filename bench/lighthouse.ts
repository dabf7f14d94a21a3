// Part of npm run bench:pages — Lighthouse performance and accessibility on a
// lesson page and a quiz page, served from out/ by the project's static
// server and loaded in Debian's Chromium. Performance swings ±0.1 between
// single runs on a 2-core machine, so each page runs RUNS times and the
// median is reported.
import { spawn } from "node:child_process";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { ensureChromium } from "../scripts/find-chromium.mjs";

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
// LIGHTHOUSE_PORT lets several checkouts on one machine run the bench at once.
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4391);
const pages = (process.env.LIGHTHOUSE_PAGES ?? "/lessons/trump-putin-call-2025-03,/lessons/trump-putin-call-2025-03/quiz").split(",");

const server = spawn(process.execPath, [join(import.meta.dirname, "../scripts/serve.mjs")], { env: { ...process.env, PORT: String(PORT) }, stdio: "ignore" });
await new Promise((resolve) => setTimeout(resolve, 500));
const chrome = await chromeLauncher.launch({
  chromePath: ensureChromium(),
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage"],
});
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
let failed = 0;
try {
  console.log(`\nLighthouse, median of ${RUNS} runs (performance ≥ 0.95 and accessibility 1.0 required):`);
  for (const path of pages) {
    const perf: number[] = [];
    const a11y: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] });
      perf.push(result?.lhr.categories.performance.score ?? 0);
      a11y.push(result?.lhr.categories.accessibility.score ?? 0);
    }
    const ok = median(perf) >= 0.95 && median(a11y) === 1;
    if (!ok) failed++;
    console.log(`${path.padEnd(48)} performance ${median(perf).toFixed(2)} (runs ${perf.map((p) => p.toFixed(2)).join(", ")})  accessibility ${median(a11y).toFixed(2)}  ${ok ? "ok" : "BELOW"}`);
  }
} finally {
  await chrome.kill();
  server.kill();
}
process.exitCode = failed ? 1 : 0;
