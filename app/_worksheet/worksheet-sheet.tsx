import type { Worksheet } from "../../lib/worksheet/worksheet-schema.ts";
import { PageMargins } from "./page-margins.tsx";
import { PaperAnswer } from "./paper-answer.tsx";
import { QrCode } from "./qr-code.tsx";
import { WorksheetHeader } from "./worksheet-header.tsx";
import { WorksheetSources } from "./worksheet-sources.tsx";
import { WorksheetToolbar } from "./worksheet-toolbar.tsx";
import "./worksheet.css";
import "./worksheet-print.css";

/**
 * A student's sheet, ordinary or large print: numbered questions in the
 * version's order, each with its paper form and its id in small print, then
 * the sources and the QR code of the same quiz online.
 */
export function WorksheetSheet({ sheet }: { sheet: Worksheet }) {
  return (
    <article className={`ws${sheet.large ? " ws-large" : ""}`}>
      <PageMargins sheet={sheet} />
      <WorksheetToolbar sheet={sheet} />
      <WorksheetHeader sheet={sheet} />
      {sheet.questions.length ? (
        <ol className="ws-questions" aria-label="Questions">
          {sheet.questions.map((q) => (
            <li key={q.id} className="ws-q" aria-labelledby={`q-${q.id}`}>
              <p className="ws-prompt" id={`q-${q.id}`}>
                <span className="ws-num">{q.number}.</span> {q.prompt}
              </p>
              <p className="ws-instruction">
                <span>{q.instruction}</span>
                <span className="ws-qid">id {q.id}</span>
              </p>
              <PaperAnswer form={q.paper} large={sheet.large} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="ws-empty">This lesson has no questions yet: its articles do not hold enough facts to check with certainty.</p>
      )}
      <footer className="ws-footer">
        <WorksheetSources sources={sheet.sources} />
        <QrCode url={sheet.quizUrl} version={sheet.version} />
      </footer>
    </article>
  );
}
