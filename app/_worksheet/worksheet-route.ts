import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { Worksheet } from "../../lib/worksheet/worksheet-schema.ts";
import type { WorksheetVariant } from "../../lib/worksheet/worksheet-paths.ts";
import { getLessons } from "../content.ts";
import { getWorksheet } from "./get-worksheet.ts";
import { worksheetVersions } from "./worksheet-config.ts";

/** The route params of every worksheet page. */
export type WorksheetParams = { params: Promise<{ slug: string; version: string }> };

/** Every lesson × every pre-rendered version (see `worksheetVersions`). */
export function worksheetStaticParams(): { slug: string; version: string }[] {
  const versions = worksheetVersions();
  return getLessons().flatMap((lesson) => versions.map((version) => ({ slug: lesson.slug, version })));
}

const TITLES: Record<WorksheetVariant, (sheet: Worksheet) => string> = {
  sheet: (s) => `Worksheet ${s.version}: ${s.title}`,
  key: (s) => `Answer key ${s.version}: ${s.title}`,
  large: (s) => `Large-print worksheet ${s.version}: ${s.title}`,
};

/** The page title and description of a worksheet page. */
export async function worksheetMetadata({ params }: WorksheetParams, variant: WorksheetVariant): Promise<Metadata> {
  const { slug, version } = await params;
  const sheet = getWorksheet(slug, version, variant);
  if (!sheet) return {};
  const count = sheet.questions.length;
  return {
    title: TITLES[variant](sheet),
    description: `A printable ${variant === "key" ? "answer key" : "worksheet"} with ${count} question${count === 1 ? "" : "s"} on “${sheet.title}”, version ${sheet.version}.`,
  };
}

/** The worksheet a page shows, or the site's 404. */
export async function loadWorksheet({ params }: WorksheetParams, variant: WorksheetVariant): Promise<Worksheet> {
  const { slug, version } = await params;
  const sheet = getWorksheet(slug, version, variant);
  if (!sheet) notFound();
  return sheet;
}
