import Link from "next/link";
import type { AutoLesson } from "@/lib/lesson/auto-lesson.ts";
import type { SourcesComparison } from "@/lib/lesson/sources-compare.ts";
import { ConflictsSection } from "../lesson-sections.tsx";
import { formatDate } from "../../_components/format-date.ts";

/**
 * `<SourcesCompare/>`: the story's sources side by side (what each carried,
 * whom it quoted, whom it left out), the quotes several sources agree on,
 * and every conflict, shown and never settled.
 */
export function SourcesCompare({ comparison, lesson }: { comparison: SourcesComparison; lesson: AutoLesson }) {
  return (
    <div className="sources-compare">
      <div className="table-scroll" role="region" aria-label="What each source carried" tabIndex={0}>
        <table>
          <caption>What each source carried</caption>
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Quotes</th>
              <th scope="col">Whom it quotes</th>
              <th scope="col">People it names</th>
              <th scope="col">Others name, it leaves out</th>
            </tr>
          </thead>
          <tbody>
            {comparison.sources.map((source) => {
              const speakers = [...new Set(source.quotes.map((q) => q.speaker ?? "no one named"))];
              const only = source.quotes.filter((q) => q.carriedBy === 1).length;
              return (
                <tr key={source.slug}>
                  <th scope="row">
                    <Link href={`/articles/${source.slug}`}>{source.name}</Link>
                    <span className="source-date">{formatDate(source.published)}</span>
                  </th>
                  <td>
                    {source.quotes.length}
                    {only ? <span className="source-only"> ({only} only here)</span> : null}
                  </td>
                  <td>{speakers.join(", ") || "—"}</td>
                  <td>{source.people.join(", ") || "—"}</td>
                  <td>{source.leftOut.join(", ") || "—"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h3>Carried by more than one source</h3>
      {comparison.corroborated.length ? (
        <ul className="corroborated">
          {comparison.corroborated.map((quote) => (
            <li key={quote.id}>
              <q>{quote.text}</q> — {quote.speaker ?? "credited differently"}; in {quote.sources.join(", ")}
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">No quote appears in more than one source: nothing here is corroborated.</p>
      )}
      <h3>Where they disagree</h3>
      <ConflictsSection lesson={lesson} bare />
    </div>
  );
}
