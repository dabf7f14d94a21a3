// Finds a Chromium for Playwright (tests, PDFs): CHROMIUM_PATH, the system's
// Chromium, or Playwright's own cache; installs Debian's package when run as
// root where apt-get exists. Playwright itself never downloads a browser here.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

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
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist; looking elsewhere.`);
  }
  return [...SYSTEM_PATHS, ...playwrightCache()].find((path) => existsSync(path));
}

/**
 * A Chromium path, installing Debian's `chromium` if none is found and this
 * process may. Exits with one sentence of advice when it cannot.
 */
export function ensureChromium() {
  const found = locateChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
  if (isRoot && hasApt) {
    console.log("No Chromium found: installing Debian's chromium package (apt-get install -y chromium)…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    try {
      execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
      execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium"], { stdio: "inherit", env });
    } catch {
      // Fall through to the advice below.
    }
    const installed = locateChromium();
    if (installed) return installed;
  }
  console.error(
    "No Chromium browser found: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable, then run the command again.",
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChromium());
