import type { Worksheet } from "../../lib/worksheet/worksheet-schema.ts";

/**
 * The top of a sheet: what it is, the lesson title and the version letter,
 * large enough to sort a pile of papers by; a student's sheet adds the
 * Name / Class / Date lines, a key a reminder to keep it from students.
 */
export function WorksheetHeader({ sheet }: { sheet: Worksheet }) {
  const count = sheet.questions.length;
  return (
    <header className="ws-header">
      <div className="ws-heading">
        <p className="ws-kicker">{sheet.key ? "Answer key" : sheet.large ? "Worksheet · large print" : "Worksheet"}</p>
        <h1>{sheet.key ? `Answer key: ${sheet.title}` : sheet.title}</h1>
      </div>
      <p className="ws-version">
        Version <span className="ws-version-letter">{sheet.version}</span>
      </p>
      {sheet.key ? (
        <p className="ws-intro">
          For the teacher: keep this page away from students. Questions are in the order of version {sheet.version}; the id under each
          question is the same on every version, so any paper can be marked against its own version's key.
        </p>
      ) : (
        <>
          <dl className="ws-fields">
            {["Name", "Class", "Date"].map((field) => (
              <div key={field} className={`ws-field ws-field-${field.toLowerCase()}`}>
                <dt>{field}</dt>
                <dd />
              </div>
            ))}
          </dl>
          <p className="ws-intro">
            {count} question{count === 1 ? "" : "s"}. Read each question and answer on this sheet. The sources are listed at the end.
          </p>
        </>
      )}
    </header>
  );
}
