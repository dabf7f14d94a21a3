#!/usr/bin/env node
// After `next build`: pages with no client component of their own (home,
// lessons, articles, 404) are plain documents, yet Next ships its whole
// runtime to every page (about 135 kB gzipped) just to enable client-side
// navigation. On a student's phone that JavaScript is the slowest part of a
// reading page, so this step removes it where nothing needs it. A page keeps
// its scripts when it loads any chunk beyond the framework's own (the 404
// page's set), i.e. when it has interactive parts, or when it streams
// Suspense boundaries that inline scripts reveal. Links still work: without
// the runtime they are ordinary page loads. Pages that keep it fetch it once
// they have painted (`runScriptsAfterPaint`), and the scripts they start with
// are compiled as they download (`withCompileHint`).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { runScriptsAfterPaint, scriptSources, withCompileHint } from "./page-scripts.mjs";

const OUT = process.argv[2] ?? "out";

// The framework's own chunks, read from the 404 page before it is stripped and
// kept in a manifest so `npm run bench:pages` can still measure the floor.
const MANIFEST = join(OUT, "framework-scripts.json");
const floor = new Set(
  existsSync(MANIFEST) ? JSON.parse(readFileSync(MANIFEST, "utf8")) : scriptSources(readFileSync(join(OUT, "404.html"), "utf8")),
);
writeFileSync(MANIFEST, JSON.stringify([...floor], null, 1));

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "_next" ? [] : htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

/** The page without its scripts: framework chunks, preloads and the inline RSC payload. */
export function stripScripts(html) {
  return html
    .replace(/<script(?![^>]*type="application\/ld\+json")[^>]*>[\s\S]*?<\/script>/g, "")
    .replace(/<link rel="preload" as="script"[^>]*\/?>/g, "");
}

const kept = [];
const stripped = [];
const startScripts = new Set();
for (const file of htmlFiles(OUT).sort()) {
  const html = readFileSync(file, "utf8");
  const own = scriptSources(html).filter((src) => !floor.has(src));
  const streams = /\$RC\(|<template id="B:/.test(html);
  if (own.length || streams) {
    writeFileSync(file, runScriptsAfterPaint(html));
    for (const src of scriptSources(html)) startScripts.add(src);
    kept.push(relative(OUT, file));
    continue;
  }
  writeFileSync(file, stripScripts(html));
  stripped.push(relative(OUT, file));
}
for (const src of startScripts) {
  const path = join(OUT, src.replace(/^\//, ""));
  writeFileSync(path, withCompileHint(readFileSync(path, "utf8")));
}
console.log(
  `strip-runtime: ${stripped.length} pages served without JavaScript; ${kept.length} interactive pages keep it, fetched once they have painted${kept.length ? ` (${kept.join(", ")})` : ""}.`,
);
