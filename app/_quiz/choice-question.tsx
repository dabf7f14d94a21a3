"use client";

import { useRef, type KeyboardEvent } from "react";
import { QuestionLegend } from "./question-legend.tsx";
import type { QuestionProps } from "./quiz-types.ts";

/** After checking, a choice says whether it was the right answer or the learner's wrong pick. */
function Mark({ right, chosen }: { right: boolean; chosen: boolean }) {
  if (right) return <span className="qz-mark qz-mark-right">✓ right answer</span>;
  return chosen ? <span className="qz-mark qz-mark-wrong">✗ your choice</span> : null;
}

/**
 * A question answered by picking: radios when it takes one answer, checkboxes
 * when it takes several (`several`). Number keys are handled by the view
 * around it (`pickByNumber`), so they act on the question that has focus.
 */
export function ChoiceQuestion({ question, idPrefix, heading, response, onChange, checked, several }: QuestionProps & { several: boolean }) {
  const listRef = useRef<HTMLDivElement>(null);
  const hintId = `${idPrefix}-hint`;
  const answers = new Set(Array.isArray(question.answer) ? question.answer : [question.answer]);
  const picked = new Set(Array.isArray(response) ? response : response ? [response] : []);

  const pick = (choice: string) => {
    if (checked) return;
    if (!several) return onChange(choice);
    const next = new Set(picked);
    if (next.has(choice)) next.delete(choice);
    else next.add(choice);
    // Kept in the order shown, so a response reads the same however it was ticked.
    onChange((question.choices ?? []).filter((c) => next.has(c)));
  };

  /** Browsers move between radios with arrows but not between checkboxes; this gives checkboxes the same. */
  const onChoiceKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!several || event.altKey || event.ctrlKey || event.metaKey) return;
    if (!["ArrowDown", "ArrowRight", "ArrowUp", "ArrowLeft"].includes(event.key)) return;
    const inputs = [...(listRef.current?.querySelectorAll<HTMLInputElement>("input") ?? [])];
    const at = inputs.indexOf(document.activeElement as HTMLInputElement);
    if (at < 0) return;
    event.preventDefault();
    const step = event.key === "ArrowDown" || event.key === "ArrowRight" ? 1 : -1;
    inputs[(at + step + inputs.length) % inputs.length]!.focus();
  };

  return (
    <fieldset className="qz-question" aria-describedby={several ? hintId : undefined}>
      <QuestionLegend idPrefix={idPrefix} heading={heading} prompt={question.prompt} />
      {several ? (
        <p id={hintId} className="qz-hint">
          Tick every right answer, then check.
        </p>
      ) : null}
      <div className="qz-choices" ref={listRef} onKeyDown={onChoiceKey}>
        {question.choices!.map((choice, i) => {
          const chosen = picked.has(choice);
          const right = answers.has(choice);
          const state = checked ? (right ? " qz-right" : chosen ? " qz-wrong" : "") : "";
          return (
            <label key={choice} className={`qz-choice${chosen ? " qz-chosen" : ""}${state}`}>
              <input type={several ? "checkbox" : "radio"} name={`${idPrefix}-choice`} value={choice} checked={chosen} disabled={checked} onChange={() => pick(choice)} />
              <span className="qz-key" aria-hidden="true">
                {i + 1}
              </span>
              <span className="qz-choice-text">{choice}</span>
              {checked ? <Mark right={right} chosen={chosen} /> : null}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
