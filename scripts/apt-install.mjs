// Installs one Debian package for the test tools (Chromium, poppler) when this
// process may: as root where apt-get exists. Never anything else.
import { execFileSync, spawnSync } from "node:child_process";

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
