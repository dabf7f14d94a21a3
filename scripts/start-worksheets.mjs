#!/usr/bin/env node
// Part of `npm start`: the worksheet PDFs the lesson pages link to. They are
// a convenience on top of the site (every worksheet page prints from the
// browser too), so a machine without Chromium still gets a working site, with
// one line saying how to add the PDFs later.
import { spawnSync } from "node:child_process";

const result = spawnSync(process.execPath, ["bin/quizwire.mjs", "worksheet", "--all"], { stdio: ["ignore", "inherit", "pipe"], encoding: "utf8" });
if (result.status !== 0) {
  const reason = (result.stderr ?? "").trim().split("\n").at(-1) ?? "";
  console.warn(`Worksheet PDFs skipped (${reason || "Chromium could not print them"}); the worksheet pages still print from the browser. Run \`npm run worksheets\` once Chromium is installed.`);
}
