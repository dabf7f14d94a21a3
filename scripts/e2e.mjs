#!/usr/bin/env node
// Browser tests against a production build: find (or install) Chromium and
// poppler's pdftotext (for the worksheet PDFs), build the static site, then
// run Playwright on it.
import { spawnSync } from "node:child_process";
import { ensureChromium } from "./find-chromium.mjs";
import { ensurePdftotext } from "./find-pdftotext.mjs";

const chromium = ensureChromium();
const pdftotext = ensurePdftotext();
const env = { ...process.env, CHROMIUM_PATH: chromium, PDFTOTEXT_PATH: pdftotext, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" };

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!process.env.SKIP_BUILD) run("npm", ["run", "--silent", "build"]);
run("npx", ["--no", "playwright", "test", ...process.argv.slice(2)]);
