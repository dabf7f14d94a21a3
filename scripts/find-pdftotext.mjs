// Finds poppler's pdftotext (and pdftoppm beside it) for the worksheet PDF
// tests, the way find-chromium.mjs finds Chromium: PDFTOTEXT_PATH, then the
// system's; installs Debian's poppler-utils when run as root where apt-get
// exists; otherwise says what to install.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { findOrInstall, pathFromEnv } from "./apt-install.mjs";

const SYSTEM_PATHS = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext", "/opt/homebrew/bin/pdftotext"];

/** The path of pdftotext, or undefined. */
export function locatePdftotext() {
  return pathFromEnv("PDFTOTEXT_PATH") ?? SYSTEM_PATHS.find((path) => existsSync(path));
}

/** pdftoppm from the same poppler as a pdftotext path. */
export function pdftoppmBeside(pdftotext) {
  return join(dirname(pdftotext), "pdftoppm");
}

/**
 * A pdftotext path, installing Debian's `poppler-utils` if none is found and
 * this process may. Exits with one sentence of advice when it cannot.
 */
export function ensurePdftotext() {
  return findOrInstall({
    locate: locatePdftotext,
    pkg: "poppler-utils",
    missing: "No pdftotext found",
    advice:
      "No pdftotext found: install poppler (Debian/Ubuntu: sudo apt-get install poppler-utils; macOS: brew install poppler) or set PDFTOTEXT_PATH, then run the command again.",
  });
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensurePdftotext());
