import { QuestionLegend } from "./question-legend.tsx";
import type { QuestionProps } from "./quiz-types.ts";

/** A question answered with one select per item, each labelled by its item; after checking, each says whether it was right. */
export function MatchQuestion({ question, idPrefix, heading, response, onChange, checked }: QuestionProps) {
  const picks = Array.isArray(response) ? response : [];
  const key = Array.isArray(question.answer) ? question.answer : [question.answer];
  return (
    <fieldset className="qz-question">
      <QuestionLegend idPrefix={idPrefix} heading={heading} prompt={question.prompt} />
      <ol className="qz-match">
        {(question.items ?? []).map((item, i) => {
          const right = checked && picks[i] === key[i];
          return (
            <li key={item} className={checked ? (right ? "qz-right" : "qz-wrong") : undefined}>
              <label htmlFor={`${idPrefix}-match-${i}`} className="qz-match-item">
                {item}
              </label>
              <select
                id={`${idPrefix}-match-${i}`}
                value={picks[i] ?? ""}
                disabled={checked}
                onChange={(e) => {
                  const next = [...picks];
                  next[i] = e.target.value;
                  onChange(next);
                }}
              >
                <option value="">Choose…</option>
                {question.choices!.map((choice) => (
                  <option key={choice} value={choice}>
                    {choice}
                  </option>
                ))}
              </select>
              {checked && !right ? <span className="qz-mark qz-mark-wrong">✗ right: “{key[i]}”</span> : checked ? <span className="qz-mark qz-mark-right">✓ right</span> : null}
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
