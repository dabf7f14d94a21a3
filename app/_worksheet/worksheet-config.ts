import { parseSiteUrl } from "../../lib/worksheet/site-url.ts";
import { DEFAULT_VERSIONS, parseVersionList, type Version } from "../../lib/worksheet/version.ts";

/**
 * The build's worksheet settings, read from the environment at build time.
 * A bad value stops the build with the variable's name: a wrong QR code on
 * a whole class's paper is worse than a failed build.
 */

/**
 * The versions every lesson pre-renders: A and B, plus any named in
 * `QUIZWIRE_WORKSHEET_VERSIONS` ("A-D", "A,B,E"). A static export cannot
 * render a version on request, so more versions mean a new build.
 */
export function worksheetVersions(): Version[] {
  const raw = process.env.QUIZWIRE_WORKSHEET_VERSIONS;
  if (!raw) return [...DEFAULT_VERSIONS];
  try {
    return [...new Set([...DEFAULT_VERSIONS, ...parseVersionList(raw)])].sort();
  } catch (error) {
    throw new Error(`QUIZWIRE_WORKSHEET_VERSIONS: ${(error as Error).message}`);
  }
}

/** The site's public address for the QR codes: `QUIZWIRE_SITE_URL`, or the local server's. */
export function siteUrl(): string {
  return parseSiteUrl(process.env.QUIZWIRE_SITE_URL);
}
