import Link from "next/link";
import { worksheetPdfPath, worksheetRoute } from "../../lib/worksheet/worksheet-paths.ts";
import type { Worksheet } from "../../lib/worksheet/worksheet-schema.ts";
import { worksheetVersions } from "./worksheet-config.ts";
import "./worksheet-toolbar.css";

/**
 * The screen-only bar above a sheet: how to print it and the way to the
 * other versions, the key and the PDF. Printing needs no script: the
 * browser's own Print command does it, so the page loads no JavaScript.
 */
export function WorksheetToolbar({ sheet }: { sheet: Worksheet }) {
  const variant = sheet.key ? "key" : sheet.large ? "large" : "sheet";
  const slug = sheet.lessonSlug;
  return (
    <nav className="ws-toolbar ws-screen" aria-label="Worksheet">
      <p>
        <Link href={`/lessons/${slug}`}>← Back to the lesson</Link>
      </p>
      <p className="ws-print-hint">
        To print, use your browser&apos;s Print command (Ctrl+P, or ⌘P on a Mac): A4 or US Letter, default margins. Or print the{" "}
        <a href={`/${worksheetPdfPath(slug, sheet.version, variant)}`}>ready-made PDF</a>.
      </p>
      <ul>
        {worksheetVersions().map((version) => (
          <li key={version}>
            Version {version}: <Link href={worksheetRoute(slug, version)}>worksheet</Link> · <Link href={worksheetRoute(slug, version, "key")}>answer key</Link> ·{" "}
            <Link href={worksheetRoute(slug, version, "large")}>large print</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
