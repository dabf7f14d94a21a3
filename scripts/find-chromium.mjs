// Finds a Chromium for Playwright (tests, PDFs): CHROMIUM_PATH, the system's
// Chromium, or Playwright's own cache; installs Debian's package when run as
// root where apt-get exists. Playwright itself never downloads a browser here.
import { existsSync, readdirSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { findOrInstall, pathFromEnv } from "./apt-install.mjs";

const SYSTEM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium", "/snap/bin/chromium", "/usr/bin/google-chrome"];

function playwrightCache() {
  const dir = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), ".cache", "ms-playwright");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.startsWith("chromium"))
    .sort()
    .reverse()
    .flatMap((name) => [join(dir, name, "chrome-linux64", "chrome"), join(dir, name, "chrome-linux", "chrome"), join(dir, name, "chrome-linux", "headless_shell")]);
}

/** The path of a usable Chromium, or undefined. */
export function locateChromium() {
  return pathFromEnv("CHROMIUM_PATH") ?? [...SYSTEM_PATHS, ...playwrightCache()].find((path) => existsSync(path));
}

/**
 * A Chromium path, installing Debian's `chromium` if none is found and this
 * process may. Exits with one sentence of advice when it cannot.
 */
export function ensureChromium() {
  return findOrInstall({
    locate: locateChromium,
    pkg: "chromium",
    missing: "No Chromium found",
    advice:
      "No Chromium browser found: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable, then run the command again.",
  });
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChromium());
