import { shortQuote } from "../../lib/lesson/auto-lesson.ts";
import type { Worksheet } from "../../lib/worksheet/worksheet-schema.ts";
import { PageMargins } from "./page-margins.tsx";
import { WorksheetHeader } from "./worksheet-header.tsx";
import { WorksheetSources } from "./worksheet-sources.tsx";
import { WorksheetToolbar } from "./worksheet-toolbar.tsx";
import "./worksheet.css";
import "./worksheet-key.css";
import "./worksheet-print.css";

/** Words of the prompt the key repeats: enough to recognise the question beside the student's paper. */
const PROMPT_WORDS = 16;

/**
 * The answer key of one version: the same numbers and order as its sheet,
 * each answer as the student marks it (letters, pairs, box numbers or words),
 * the answer in words, and where in the sources it is written.
 */
export function WorksheetKey({ sheet }: { sheet: Worksheet }) {
  return (
    <article className="ws ws-key">
      <PageMargins sheet={sheet} />
      <WorksheetToolbar sheet={sheet} />
      <WorksheetHeader sheet={sheet} />
      <ol className="ws-questions" aria-label="Answers">
        {sheet.questions.map((q) => {
          const answer = q.answer!;
          return (
            <li key={q.id} className="ws-q" aria-labelledby={`k-${q.id}`}>
              <p className="ws-key-prompt" id={`k-${q.id}`}>
                <span>
                  <span className="ws-num">{q.number}.</span> {shortQuote(q.prompt, PROMPT_WORDS)}
                </span>
                <span className="ws-qid">id {q.id}</span>
              </p>
              <p className="ws-key-answer">
                <span className="ws-key-label">Answer:</span> <strong className="ws-key-mark">{answer.mark}</strong>
                {answer.text !== answer.mark ? <span className="ws-key-text"> — {answer.text}</span> : null}
              </p>
              {answer.alsoAccepted.length ? <p className="ws-key-also">Also accept: {answer.alsoAccepted.join("; ")}</p> : null}
              {answer.references.length ? (
                <ul className="ws-key-refs" aria-label="Sources">
                  {answer.references.map((ref) => (
                    <li key={ref}>{ref}</li>
                  ))}
                </ul>
              ) : (
                <p className="ws-key-refs">Written by the teacher; no source sentence.</p>
              )}
            </li>
          );
        })}
      </ol>
      <footer className="ws-footer">
        <WorksheetSources sources={sheet.sources} />
      </footer>
    </article>
  );
}
