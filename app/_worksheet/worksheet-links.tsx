import Link from "next/link";
import { WORKSHEET_VARIANTS, worksheetPdfPath, worksheetRoute, type WorksheetVariant } from "../../lib/worksheet/worksheet-paths.ts";
import { worksheetVersions } from "./worksheet-config.ts";
import "./worksheet-links.css";

const LABELS: Record<WorksheetVariant, string> = { sheet: "worksheet", key: "answer key", large: "large print" };

/**
 * The lesson page's way to paper: a button to the printable version A, and
 * every pre-rendered version as a page and as a PDF (written by
 * `npm run worksheets`).
 */
export function WorksheetLinks({ slug }: { slug: string }) {
  const versions = worksheetVersions();
  return (
    <section className="lesson-section worksheet-links" aria-labelledby="worksheets">
      <h2 id="worksheets">Print a worksheet</h2>
      <p>
        The quiz on paper, for A4 or US Letter. Each version asks the same questions in another order, its answer key lines up with it,
        and its QR code opens the same version online.
      </p>
      <p>
        <Link className="button" href={worksheetRoute(slug, versions[0]!)}>
          Print a worksheet
        </Link>
      </p>
      <ul>
        {versions.map((version) => (
          <li key={version}>
            <strong>Version {version}:</strong>{" "}
            {WORKSHEET_VARIANTS.map((variant, i) => (
              <span key={variant}>
                {i ? " · " : null}
                <Link href={worksheetRoute(slug, version, variant)}>{LABELS[variant]}</Link> (
                <a href={`/${worksheetPdfPath(slug, version, variant)}`} aria-label={`${LABELS[variant]}, version ${version}, PDF`}>
                  PDF
                </a>
                )
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
