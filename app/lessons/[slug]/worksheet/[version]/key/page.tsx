import type { Metadata } from "next";
import { WorksheetKey } from "../../../../../_worksheet/worksheet-key.tsx";
import { loadWorksheet, worksheetMetadata, worksheetStaticParams, type WorksheetParams } from "../../../../../_worksheet/worksheet-route.ts";

export function generateStaticParams() {
  return worksheetStaticParams();
}
export const dynamicParams = false;

export function generateMetadata(props: WorksheetParams): Promise<Metadata> {
  return worksheetMetadata(props, "key");
}

export default async function WorksheetKeyPage(props: WorksheetParams) {
  return <WorksheetKey sheet={await loadWorksheet(props, "key")} />;
}
