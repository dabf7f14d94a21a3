// How the static export in out/ maps URL paths to files, shared by the
// server (scripts/serve.mjs) and the worksheet PDF renderer, which serves
// pages to Chromium without opening a port.
import { existsSync, statSync } from "node:fs";
import { extname, join, normalize } from "node:path";

/** Content types of the files a static export holds. */
export const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".pdf": "application/pdf",
  ".woff2": "font/woff2",
};

/** The content type of a file, by its extension. */
export function contentType(file) {
  return CONTENT_TYPES[extname(file)] ?? "application/octet-stream";
}

/**
 * The file of `root` for a URL path, as a static host finds it: the path
 * itself, then path.html, then path/index.html; undefined when none exists
 * or the path tries to leave `root`.
 */
export function resolveFile(root, pathname) {
  let clean;
  try {
    clean = normalize(decodeURIComponent(pathname.replace(/\/$/, "") || "/")).replace(/^(\.\.[/\\])+/, "");
  } catch {
    return undefined;
  }
  const base = join(root, clean);
  if (!base.startsWith(root)) return undefined;
  for (const candidate of [base, `${base}.html`, join(base, "index.html")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}
