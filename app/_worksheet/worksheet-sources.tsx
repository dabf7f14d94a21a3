import type { WorksheetSource } from "../../lib/worksheet/worksheet-schema.ts";
import { formatDate } from "../_components/format-date.ts";

/** The articles the questions come from, numbered as the key's references cite them. */
export function WorksheetSources({ sources }: { sources: WorksheetSource[] }) {
  if (!sources.length) return null;
  return (
    <section className="ws-sources" aria-labelledby="ws-sources">
      <h2 id="ws-sources">Sources</h2>
      <ol>
        {sources.map((s) => (
          <li key={s.slug}>
            <span className="ws-source-num">[{s.number}]</span> {s.outlet ? <>{s.outlet}, </> : null}“{s.title}”{s.published ? <>, {formatDate(s.published)}</> : null}
            {s.url ? (
              <>
                ,{" "}
                <a className="ws-url" href={s.url}>
                  {s.url}
                </a>
              </>
            ) : null}
            .
          </li>
        ))}
      </ol>
    </section>
  );
}
