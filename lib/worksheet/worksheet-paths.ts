import type { Version } from "./version.ts";

/** Which page of a version: the student's sheet, its answer key, or the large-print sheet. */
export type WorksheetVariant = "sheet" | "key" | "large";

/** Every variant, in the order the lesson page and `npm run worksheets` list them. */
export const WORKSHEET_VARIANTS: readonly WorksheetVariant[] = ["sheet", "key", "large"];

/** The site path of a worksheet page: `/lessons/<slug>/worksheet/A`, `…/A/key`, `…/A/large`. */
export function worksheetRoute(lessonSlug: string, version: Version, variant: WorksheetVariant = "sheet"): string {
  return `/lessons/${lessonSlug}/worksheet/${version}${variant === "sheet" ? "" : `/${variant}`}`;
}

/**
 * Where `npm run worksheets` writes a variant's PDF, relative to the site's
 * root (`out/`): `worksheets/<slug>/<slug>-A-key.pdf`. The lesson slug is in
 * the file name too, so a downloaded PDF still says what it is.
 */
export function worksheetPdfPath(lessonSlug: string, version: Version, variant: WorksheetVariant = "sheet"): string {
  return `worksheets/${lessonSlug}/${lessonSlug}-${version}${variant === "sheet" ? "" : `-${variant}`}.pdf`;
}
