import Link from "next/link";
import type { HighlightKind } from "@/lib/lesson/highlights.ts";

const ROWS: { kind: HighlightKind; name: string; line: string; meaning: string }[] = [
  { kind: "quote", name: "Quote", line: "solid underline", meaning: "words someone said, and who said them" },
  { kind: "date", name: "Date", line: "dashed underline", meaning: "a time, with its calendar date" },
  { kind: "place", name: "Place", line: "dotted underline", meaning: "a place, with what kind of place it is" },
];

/**
 * The reader's tools: the "Highlight facts" switch (a checkbox that works
 * without JavaScript: CSS `:has()` turns highlighting off), a legend with
 * counts, and the way to the lesson.
 */
export function FactLegend({ counts, lesson }: { counts: Record<HighlightKind, number>; lesson?: { slug: string; title: string } }) {
  return (
    <section className="reader-tools" aria-labelledby="facts-title">
      <div className="reader-tools-head">
        <h2 id="facts-title">Facts in this article</h2>
        <div className="hl-switch">
          <input type="checkbox" id="hl-toggle" className="hl-toggle" defaultChecked aria-describedby="hl-toggle-hint" />
          <label htmlFor="hl-toggle">Highlight facts</label>
        </div>
      </div>
      <p id="hl-toggle-hint" className="reader-hint">
        Hover over a highlight, or move to it with the Tab key, to see what quizwire found.
      </p>
      <ul className="fact-legend">
        {ROWS.map((row) => (
          <li key={row.kind}>
            <span className={`hl hl-${row.kind} hl-sample`}>{row.name}</span>{" "}
            <span>
              {row.line}: {row.meaning} ({counts[row.kind] === 0 ? "none found" : counts[row.kind]})
            </span>
          </li>
        ))}
      </ul>
      {lesson ? (
        <p className="reader-lesson">
          <Link href={`/lessons/${lesson.slug}`}>Lesson: {lesson.title}</Link>
        </p>
      ) : null}
    </section>
  );
}
