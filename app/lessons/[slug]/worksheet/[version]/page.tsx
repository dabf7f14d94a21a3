import type { Metadata } from "next";
import { WorksheetSheet } from "../../../../_worksheet/worksheet-sheet.tsx";
import { loadWorksheet, worksheetMetadata, worksheetStaticParams, type WorksheetParams } from "../../../../_worksheet/worksheet-route.ts";

export function generateStaticParams() {
  return worksheetStaticParams();
}
export const dynamicParams = false;

export function generateMetadata(props: WorksheetParams): Promise<Metadata> {
  return worksheetMetadata(props, "sheet");
}

export default async function WorksheetPage(props: WorksheetParams) {
  return <WorksheetSheet sheet={await loadWorksheet(props, "sheet")} />;
}
