// Finds poppler's pdftotext (and pdftoppm beside it) for the worksheet PDF
// tests, the way find-chromium.mjs finds Chromium: PDFTOTEXT_PATH, then the
// system's; installs Debian's poppler-utils when run as root where apt-get
// exists; otherwise says what to install.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { aptInstall, canAptInstall } from "./apt-install.mjs";

const SYSTEM_PATHS = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext", "/opt/homebrew/bin/pdftotext"];

/** The path of pdftotext, or undefined. */
export function locatePdftotext() {
  const fromEnv = process.env.PDFTOTEXT_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.error(`PDFTOTEXT_PATH is set to ${fromEnv}, which does not exist; looking elsewhere.`);
  }
  return SYSTEM_PATHS.find((path) => existsSync(path));
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
  const found = locatePdftotext();
  if (found) return found;
  if (canAptInstall()) {
    aptInstall("poppler-utils", "No pdftotext found");
    const installed = locatePdftotext();
    if (installed) return installed;
  }
  console.error(
    "No pdftotext found: install poppler (Debian/Ubuntu: sudo apt-get install poppler-utils; macOS: brew install poppler) or set PDFTOTEXT_PATH, then run the command again.",
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensurePdftotext());
