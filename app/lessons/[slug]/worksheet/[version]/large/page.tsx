import type { Metadata } from "next";
import { WorksheetSheet } from "../../../../../_worksheet/worksheet-sheet.tsx";
import { loadWorksheet, worksheetMetadata, worksheetStaticParams, type WorksheetParams } from "../../../../../_worksheet/worksheet-route.ts";

export function generateStaticParams() {
  return worksheetStaticParams();
}
export const dynamicParams = false;

export function generateMetadata(props: WorksheetParams): Promise<Metadata> {
  return worksheetMetadata(props, "large");
}

export default async function LargeWorksheetPage(props: WorksheetParams) {
  return <WorksheetSheet sheet={await loadWorksheet(props, "large")} />;
}
