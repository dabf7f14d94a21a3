import type { LetteredChoice, PaperForm } from "../../lib/worksheet/worksheet-schema.ts";
import "./paper-answer.css";

/** A choice is short enough to share a row with another (ordinary print only). */
const SHORT_CHOICE = 34;

function Choices({ choices, large }: { choices: LetteredChoice[]; large: boolean }) {
  const twoColumns = !large && choices.every((c) => c.text.length <= SHORT_CHOICE);
  return (
    <ol className={`ws-choices${twoColumns ? " ws-choices-two" : ""}`}>
      {choices.map((c) => (
        <li key={c.letter}>
          <span className="ws-bubble">{c.letter}</span>
          <span className="ws-choice-text">{c.text}</span>
        </li>
      ))}
    </ol>
  );
}

function Match({ items, choices }: { items: string[]; choices: LetteredChoice[] }) {
  return (
    <div className="ws-match">
      <ol className="ws-match-items" aria-label="Items">
        {items.map((item, i) => (
          <li key={item}>
            <span className="ws-match-num">{i + 1}.</span>
            <span className="ws-box" aria-hidden="true" />
            <span className="ws-choice-text">{item}</span>
          </li>
        ))}
      </ol>
      <ol className="ws-match-choices" aria-label="Matches">
        {choices.map((c) => (
          <li key={c.letter}>
            <span className="ws-match-letter">{c.letter}.</span>
            <span className="ws-choice-text">{c.text}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

/**
 * How a question is answered on paper: letters in circles, writing lines,
 * two columns to match (one in large print) or boxes to number. Nothing here
 * shows an answer: the student's sheet is built without them.
 */
export function PaperAnswer({ form, large }: { form: PaperForm; large: boolean }) {
  switch (form.type) {
    case "choices":
      return <Choices choices={form.choices} large={large} />;
    case "lines":
      return (
        <div className="ws-lines" aria-hidden="true">
          {Array.from({ length: form.lines }, (_, i) => (
            <span key={i} className="ws-line" />
          ))}
        </div>
      );
    case "match":
      return <Match items={form.items} choices={form.choices} />;
    case "order":
      return (
        <ul className="ws-order">
          {form.events.map((event) => (
            <li key={event}>
              <span className="ws-box" aria-hidden="true" />
              <span className="ws-choice-text">{event}</span>
            </li>
          ))}
        </ul>
      );
  }
}
