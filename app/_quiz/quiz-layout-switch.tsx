import type { QuizLayout } from "./quiz-url.ts";

const LAYOUTS: [QuizLayout, string][] = [
  ["one", "One at a time"],
  ["all", "All on one page"],
];

/**
 * Two radios choosing the layout. Native radios give the keyboard for free
 * (Tab into the group, arrows to change); the choice applies at once, as a
 * radio group's does, and keeps the answers given so far.
 */
export function QuizLayoutSwitch({ layout, onChange }: { layout: QuizLayout; onChange: (layout: QuizLayout) => void }) {
  return (
    <fieldset className="qz-layout">
      <legend>Show the questions</legend>
      {LAYOUTS.map(([value, label]) => (
        <label key={value} className={`qz-layout-option${layout === value ? " qz-chosen" : ""}`}>
          <input type="radio" name="qz-layout" value={value} checked={layout === value} onChange={() => onChange(value)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
