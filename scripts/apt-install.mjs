// Finds or installs the test tools (Chromium, poppler): one Debian package when this
// process may: as root where apt-get exists. Never anything else.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Whether this process can install Debian packages. */
export function canAptInstall() {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  return isRoot && spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
}

/** Runs apt-get update and install for `pkg`; failures are left to the caller's check for the tool. */
export function aptInstall(pkg, why) {
  console.log(`${why}: installing Debian's ${pkg} package (apt-get install -y ${pkg})…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  try {
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", pkg], { stdio: "inherit", env });
  } catch {
    // The caller looks for the tool again and gives its advice when it is still missing.
  }
}

/**
 * A tool's path: `locate()`, else Debian's `pkg` installed when this process
 * may and `locate()` again; else `advice` and exit 1. `missing` opens the
 * install message ("No Chromium found").
 */
export function findOrInstall({ locate, pkg, missing, advice }) {
  const found = locate();
  if (found) return found;
  if (canAptInstall()) {
    aptInstall(pkg, missing);
    const installed = locate();
    if (installed) return installed;
  }
  console.error(advice);
  process.exit(1);
}

/** The path an environment variable names, if it exists; says so when it names nothing. */
export function pathFromEnv(name) {
  const value = process.env[name];
  if (!value) return undefined;
  if (existsSync(value)) return value;
  console.error(`${name} is set to ${value}, which does not exist; looking elsewhere.`);
  return undefined;
}
