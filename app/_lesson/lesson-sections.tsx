import Link from "next/link";
import type { ReactNode } from "react";
import type { AutoLesson, LessonLocation, TimelineEntry } from "@/lib/lesson/auto-lesson.ts";

const href = (at: LessonLocation) => `/articles/${at.article}#p-${at.paragraph}`;

/**
 * A heading, then the content, or a sentence saying there is none. In a
 * hand-written lesson (`bare`) the teacher's own headings frame the block,
 * so it has none of its own.
 */
function Section({ id, title, empty, bare, children }: { id: string; title: string; empty?: string; bare?: boolean; children: ReactNode }) {
  const body = empty ? <p className="empty">{empty}</p> : children;
  if (bare) return <div className={`lesson-block lesson-block-${id}`}>{body}</div>;
  return (
    <section className="lesson-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {body}
    </section>
  );
}

/** What every section takes: the lesson, and whether it sits inside a hand-written lesson. */
type SectionProps = { lesson: AutoLesson; bare?: boolean };

export function SummarySection({ lesson, bare }: SectionProps) {
  return (
    <Section bare={bare} id="summary" title="In short" empty={lesson.summary.length ? undefined : "No facts were found in these articles yet."}>
      <ul className="lesson-summary">
        {lesson.summary.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      <p className="lesson-note">Every sentence above is built from facts found in the articles, each of which you can check in the sources.</p>
    </Section>
  );
}

export function PeopleSection({ lesson, bare }: SectionProps) {
  return (
    <Section bare={bare} id="people" title="Key people" empty={lesson.people.length ? undefined : "No people were found in these articles."}>
      <ul className="people-list">
        {lesson.people.map((person) => (
          <li key={person.name}>
            <p className="person-name">{person.name}</p>
            <p className="person-roles">{person.roles.length ? person.roles.slice(0, 2).join(" · ") : "Role not given"}</p>
            <p className="person-meta">
              {person.quoted ? `Quoted ${person.quoted} time${person.quoted === 1 ? "" : "s"} · ` : ""}
              Named in {person.sources.length} source{person.sources.length === 1 ? "" : "s"}
            </p>
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function TimelineSection({ lesson, bare }: SectionProps) {
  const days: { value: string; label: string; entries: TimelineEntry[] }[] = [];
  for (const entry of lesson.timeline) {
    const last = days.at(-1);
    if (last?.value === entry.value) last.entries.push(entry);
    else days.push({ value: entry.value, label: entry.label, entries: [entry] });
  }
  return (
    <Section bare={bare} id="timeline" title="Timeline" empty={days.length ? undefined : "No calendar dates were found in these articles."}>
      <ol className="timeline">
        {days.map((day) => (
          <li key={day.value}>
            <h3>
              <time dateTime={day.value}>{day.label}</time>
            </h3>
            <ul>
              {day.entries.map((entry) => (
                <li key={entry.id}>
                  <q>{entry.clause}</q>{" "}
                  <span className="source-ref">
                    — <Link href={href(entry.location)}>{entry.location.source}</Link>
                    {entry.sources.length > 1 ? ` and ${entry.sources.length - 1} more` : ""}
                  </span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </Section>
  );
}

export function PlacesSection({ lesson, bare }: SectionProps) {
  return (
    <Section bare={bare} id="places" title="Places" empty={lesson.places.length ? undefined : "No places were found in these articles."}>
      <ul className="place-list">
        {lesson.places.map((place) => (
          <li key={place.name}>
            <span className="place-name">{place.name}</span> <span className="place-kind">({place.kindLabel})</span>
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function QuotesSection({ lesson, bare }: SectionProps) {
  return (
    <Section bare={bare} id="quotes" title="Key quotes" empty={lesson.quotes.length ? undefined : "No quotes with a confident speaker were found in these articles."}>
      <ol className="quote-list">
        {lesson.quotes.map((quote) => (
          <li key={quote.id}>
            <figure>
              <blockquote cite={href(quote.location)}>
                <p>“{quote.text}”</p>
              </blockquote>
              <figcaption>
                <span className="quote-speaker">{quote.speaker}</span>
                <span className="quote-sources">
                  {" "}
                  — in {quote.sources.length === 1 ? "1 source" : `${quote.sources.length} sources`}: {quote.sources.join("; ")}.{" "}
                  <Link href={href(quote.location)} aria-label={`Read “${shortText(quote.text)}” in ${quote.location.source}`}>
                    Read in context
                  </Link>
                </span>
              </figcaption>
            </figure>
          </li>
        ))}
      </ol>
    </Section>
  );
}

function shortText(text: string) {
  const words = text.split(/\s+/);
  return words.length > 6 ? `${words.slice(0, 6).join(" ")}…` : text;
}

export function ConflictsSection({ lesson, bare }: SectionProps) {
  if (!lesson.conflicts.length) {
    return (
      <Section bare={bare} id="disagree" title="Sources disagree">
        <p className="empty">The sources do not disagree about who said what.</p>
      </Section>
    );
  }
  return (
    <Section bare={bare} id="disagree" title="Sources disagree">
      {lesson.conflicts.map((conflict, index) => (
        <div key={conflict.id} className="conflict" role="note" aria-labelledby={`conflict-${index}`}>
          <h3 id={`conflict-${index}`}>
            <span className="conflict-badge">Sources disagree</span> Who said “{shortText(conflict.text)}”?
          </h3>
          <blockquote>
            <p>“{conflict.text}”</p>
          </blockquote>
          <ul className="conflict-credits">
            {conflict.credits.flatMap((credit) =>
              credit.sources.map((source) => (
                <li key={`${credit.speaker}-${source.slug}`}>
                  <Link href={`/articles/${source.slug}`}>{source.name}</Link> credits <strong>{credit.speaker}</strong>
                </li>
              )),
            )}
          </ul>
          <p className="conflict-explain">{conflict.explanation}</p>
        </div>
      ))}
    </Section>
  );
}
