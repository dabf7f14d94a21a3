// npm run bench:pages — JavaScript each route loads, gzipped: the sum of the
// script files each page in out/ loads, by <script src> or once it has painted
// (Next 16 no longer prints First Load JS). The framework floor is the 404 page; budgets are
// the issue's: quiz ≤ floor + 25 kB, lesson and article ≤ floor + 10 kB.
// Inline scripts (the RSC payload with the page's data, the loader that adds
// the scripts after the first paint) are reported apart, and noModule
// polyfills, which modern browsers skip, are not counted.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { scriptSources } from "../scripts/page-scripts.mjs";

const OUT = join(import.meta.dirname, "..", "out");
if (!existsSync(join(OUT, "index.html"))) {
  console.error("No build in out/: run `npm run build` first.");
  process.exit(1);
}

const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "_next" ? [] : htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

/** Gzipped bytes of the external scripts a page loads, and of its inline scripts. */
function measure(file: string) {
  const html = readFileSync(file, "utf8");
  // noModule scripts are legacy polyfills that modern browsers never download; scripts added after the first paint count.
  const sources = [...new Set(scriptSources(html))];
  const external = sources.reduce((sum, src) => sum + gz(readFileSync(join(OUT, src.replace(/^\//, "")))), 0);
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((sum, m) => sum + gz(m[1]), 0);
  return { external, inline, count: sources.length };
}

// The floor is the framework runtime every Next page would load; scripts/strip-runtime.mjs
// records its chunks before removing them from pages that need none.
const manifest = join(OUT, "framework-scripts.json");
const floor = existsSync(manifest)
  ? (JSON.parse(readFileSync(manifest, "utf8")) as string[]).reduce((sum, src) => sum + gz(readFileSync(join(OUT, src.replace(/^\//, "")))), 0)
  : measure(join(OUT, "404.html")).external;
/** Which budget a page falls under, by its path. */
function budgetOf(route: string): [string, number] | undefined {
  if (/\/quiz(\.html|\/)/.test(route)) return ["quiz", floor + 25 * 1024];
  if (/^lessons\/[^/]+\.html$/.test(route) || /^articles\//.test(route)) return [route.startsWith("lessons") ? "lesson" : "article", floor + 10 * 1024];
  return undefined;
}

let failed = 0;
console.log(`framework floor (the runtime a Next page loads, as on the 404 page before strip-runtime): ${kb(floor)} gzipped\n`);
console.log(`${"route".padEnd(64)} ${"scripts".padStart(8)} ${"JS gz".padStart(9)} ${"+floor".padStart(9)} ${"inline gz".padStart(10)}  budget`);
for (const file of htmlFiles(OUT).sort()) {
  const route = relative(OUT, file);
  const { external, inline, count } = measure(file);
  const budget = budgetOf(route);
  const verdict = budget ? `${external <= budget[1] ? "ok" : "OVER"} (${budget[0]} ≤ ${kb(budget[1])})` : "";
  if (budget && external > budget[1]) failed++;
  console.log(`${route.padEnd(64)} ${String(count).padStart(8)} ${kb(external).padStart(9)} ${(external ? kb(external - floor) : "no JS").padStart(9)} ${kb(inline).padStart(10)}  ${verdict}`);
}
console.log(failed ? `\n${failed} route(s) over budget` : "\nevery route within budget");
process.exitCode = failed ? 1 : 0;
