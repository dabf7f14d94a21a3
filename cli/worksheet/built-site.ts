import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { worksheetRoute, type WorksheetVariant } from "../../lib/worksheet/worksheet-paths.ts";
import { versionSchema, versionSeed, versionOfSeed, type Version } from "../../lib/worksheet/version.ts";

/**
 * What the built site (`out/`) holds. The PDFs are printed from the built
 * pages, so the build, not the content folder, says which lessons and
 * versions exist; every message says how to get what is missing.
 */

const htmlNames = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith(".html")).map((n) => n.slice(0, -5)) : []);

/** Whether `site` holds a build at all. */
export function isBuilt(site: string): boolean {
  return existsSync(join(site, "index.html"));
}

/** The lessons of the build, sorted. */
export function builtLessons(site: string): string[] {
  return htmlNames(join(site, "lessons")).sort();
}

/** The worksheet versions the build pre-rendered for a lesson. */
export function builtVersions(site: string, lesson: string): Version[] {
  return htmlNames(join(site, "lessons", lesson, "worksheet"))
    .filter((name) => versionSchema.safeParse(name).success)
    .sort();
}

/** The HTML file of a worksheet page in the build. */
export function pageFile(site: string, lesson: string, version: Version, variant: WorksheetVariant): string {
  return join(site, `${worksheetRoute(lesson, version, variant)}.html`);
}

/** Why a page cannot be printed, as one or two sentences; undefined when it can. */
export function missingPage(site: string, lesson: string, version: Version, variant: WorksheetVariant): string | undefined {
  if (!isBuilt(site)) return `no built site in ${site}: run "npm run build" first, then run this again.`;
  const lessons = builtLessons(site);
  if (!lessons.includes(lesson)) {
    const list = lessons.length ? `The lessons are: ${lessons.join(", ")}.` : "The build has no lessons.";
    return `no lesson "${lesson}" in ${site}. ${list} (A lesson added since the last build needs "npm run build".)`;
  }
  if (existsSync(pageFile(site, lesson, version, variant))) return undefined;
  const versions = builtVersions(site, lesson);
  const through = versionOfSeed(Math.max(versionSeed(version), ...versions.map(versionSeed)))!;
  return (
    `version ${version} of "${lesson}" is not in ${site} (it has ${versions.join(", ") || "none"}). ` +
    `A static site holds only the versions it was built with: run "QUIZWIRE_WORKSHEET_VERSIONS=A-${through} npm run build", then run this again.`
  );
}
