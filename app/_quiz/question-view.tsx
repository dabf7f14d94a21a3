"use client";

import { useRef, type KeyboardEvent } from "react";
import type { PlayerQuestion, QuestionResponse } from "./quiz-types.ts";

/** How a question is answered, from its kind and shape. */
export type AnswerMode = "single" | "several" | "typed" | "order" | "match";

export function answerMode(question: PlayerQuestion): AnswerMode {
  if (question.kind === "order") return "order";
  if (question.kind === "match") return "match";
  if (question.kind === "source-check") return "several";
  if (!question.choices) return "typed";
  return "single";
}

/** What a question starts with: the shown order for an order question, one empty pick per item for a match. */
export function initialResponse(question: PlayerQuestion): QuestionResponse {
  switch (answerMode(question)) {
    case "order":
      return [...(question.choices ?? [])];
    case "match":
      return (question.items ?? []).map(() => "");
    case "several":
      return [];
    default:
      return "";
  }
}

/** Whether the learner has given something to check. */
export function isAnswered(question: PlayerQuestion, response: QuestionResponse | undefined): boolean {
  if (response === undefined) return false;
  switch (answerMode(question)) {
    case "order":
      return true;
    case "match":
      return Array.isArray(response) && response.every((r) => r !== "");
    case "several":
      return Array.isArray(response) && response.length > 0;
    default:
      return typeof response === "string" && response.trim() !== "";
  }
}

/** The right answer as a learner reads it. */
export function answerText(question: PlayerQuestion): string {
  const answers = Array.isArray(question.answer) ? question.answer : [question.answer];
  if (question.kind === "match" && question.items) return question.items.map((item, i) => `${item}: ${answers[i]}`).join("; ");
  if (question.kind === "order") return answers.map((a, i) => `${i + 1}. ${a}`).join(" ");
  return answers.join("; ");
}

/**
 * Number keys 1–9 pick that choice of the question inside `container` (a
 * radio is chosen, a checkbox toggled) unless the learner is typing. True
 * when the key was used.
 */
export function pickByNumber(container: HTMLElement, event: { key: string; target: EventTarget | null; altKey: boolean; ctrlKey: boolean; metaKey: boolean }): boolean {
  if (!/^[1-9]$/.test(event.key) || event.altKey || event.ctrlKey || event.metaKey) return false;
  const target = event.target as HTMLElement | null;
  if (target && (target.tagName === "SELECT" || target.tagName === "TEXTAREA" || (target.tagName === "INPUT" && (target as HTMLInputElement).type === "text"))) return false;
  const input = container.querySelectorAll<HTMLInputElement>(".qz-choices input")[Number(event.key) - 1];
  if (!input || input.disabled) return false;
  input.click();
  input.focus();
  return true;
}

const TYPED_HINT: Record<string, string> = {
  name: "A name; the surname alone is enough.",
  date: "A date, such as 18 March 2025.",
  number: "A number, in figures or words.",
  term: "One word.",
};

interface QuestionViewProps {
  question: PlayerQuestion;
  /** Unique per question on the page, for ids and radio names. */
  idPrefix: string;
  /** The heading above the prompt, e.g. "Question 3 of 20". */
  heading: string;
  response: QuestionResponse | undefined;
  onChange: (response: QuestionResponse) => void;
  /** Once checked, inputs are locked and marked right or wrong. */
  checked: boolean;
}

/**
 * One question with the inputs its kind needs: radios (one answer),
 * checkboxes (several), a text field (typed), a reorderable list (order) or
 * a select per item (match). Number keys pick a choice; arrows move between
 * choices; the parent form handles Enter.
 */
export function QuestionView({ question, idPrefix, heading, response, onChange, checked }: QuestionViewProps) {
  const mode = answerMode(question);
  const promptId = `${idPrefix}-prompt`;
  const hintId = `${idPrefix}-hint`;
  const listRef = useRef<HTMLDivElement>(null);
  const answers = new Set(Array.isArray(question.answer) ? question.answer : [question.answer]);
  const picked = new Set(Array.isArray(response) ? response : response ? [response] : []);

  const pick = (choice: string) => {
    if (checked) return;
    if (mode === "several") {
      const next = new Set(picked);
      if (next.has(choice)) next.delete(choice);
      else next.add(choice);
      onChange((question.choices ?? []).filter((c) => next.has(c)));
    } else onChange(choice);
  };

  /** Arrows move between checkboxes as they do between radios (number keys are handled by `pickByNumber`). */
  const onChoiceKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (mode !== "several" || event.altKey || event.ctrlKey || event.metaKey) return;
    if (!["ArrowDown", "ArrowRight", "ArrowUp", "ArrowLeft"].includes(event.key)) return;
    const inputs = [...(listRef.current?.querySelectorAll<HTMLInputElement>("input") ?? [])];
    const at = inputs.indexOf(document.activeElement as HTMLInputElement);
    if (at < 0) return;
    event.preventDefault();
    const step = event.key === "ArrowDown" || event.key === "ArrowRight" ? 1 : -1;
    inputs[(at + step + inputs.length) % inputs.length]!.focus();
  };

  const mark = (right: boolean, chosen: boolean) =>
    !checked ? null : right ? (
      <span className="qz-mark qz-mark-right">✓ right answer</span>
    ) : chosen ? (
      <span className="qz-mark qz-mark-wrong">✗ your choice</span>
    ) : null;

  if (mode === "single" || mode === "several") {
    const type = mode === "single" ? "radio" : "checkbox";
    return (
      <fieldset className="qz-question" aria-describedby={mode === "several" ? hintId : undefined}>
        <legend>
          <span className="qz-qnum">{heading}</span>
          <span id={promptId} className="qz-prompt">
            {question.prompt}
          </span>
        </legend>
        {mode === "several" ? (
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
                <input type={type} name={`${idPrefix}-choice`} value={choice} checked={chosen} disabled={checked} onChange={() => pick(choice)} />
                <span className="qz-key" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="qz-choice-text">{choice}</span>
                {mark(right, chosen)}
              </label>
            );
          })}
        </div>
      </fieldset>
    );
  }

  if (mode === "typed") {
    const value = typeof response === "string" ? response : "";
    return (
      <div className="qz-question">
        <p className="qz-qnum">{heading}</p>
        <label htmlFor={`${idPrefix}-typed`} className="qz-prompt" id={promptId}>
          {question.prompt}
        </label>
        <p id={hintId} className="qz-hint">
          {TYPED_HINT[question.answerType ?? "term"] ?? "Type your answer."} Spelling is read leniently.
        </p>
        <input
          id={`${idPrefix}-typed`}
          className="qz-text"
          type="text"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          maxLength={1000}
          aria-describedby={hintId}
          value={value}
          readOnly={checked}
          onChange={(e) => onChange(e.target.value)}
        />
      </div>
    );
  }

  if (mode === "match") {
    const picks = Array.isArray(response) ? response : [];
    const key = Array.isArray(question.answer) ? question.answer : [question.answer];
    return (
      <fieldset className="qz-question">
        <legend>
          <span className="qz-qnum">{heading}</span>
          <span id={promptId} className="qz-prompt">
            {question.prompt}
          </span>
        </legend>
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

  // Order: move items with the buttons, or Alt+↑/↓ on a focused item.
  const order = Array.isArray(response) ? response : [...(question.choices ?? [])];
  const key = Array.isArray(question.answer) ? question.answer : [question.answer];
  const move = (from: number, to: number, focusSelector: string) => {
    if (checked || to < 0 || to >= order.length) return;
    const next = [...order];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    onChange(next);
    requestAnimationFrame(() => listRef.current?.querySelectorAll<HTMLElement>(focusSelector)[to]?.focus());
  };
  const onOrderKey = (index: number) => (event: KeyboardEvent<HTMLLIElement>) => {
    if (!event.altKey || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) return;
    event.preventDefault();
    move(index, event.key === "ArrowUp" ? index - 1 : index + 1, event.key === "ArrowUp" ? ".qz-up" : ".qz-down");
  };
  return (
    <fieldset className="qz-question" aria-describedby={hintId}>
      <legend>
        <span className="qz-qnum">{heading}</span>
        <span id={promptId} className="qz-prompt">
          {question.prompt}
        </span>
      </legend>
      <p id={hintId} className="qz-hint">
        Move each event with its Up and Down buttons (or Alt+↑ and Alt+↓), earliest at the top.
      </p>
      <div ref={listRef}>
        <ol className="qz-order">
          {order.map((item, i) => {
            const right = checked && key[i] === item;
            return (
              <li key={item} onKeyDown={onOrderKey(i)} className={checked ? (right ? "qz-right" : "qz-wrong") : undefined}>
                <span className="qz-order-text">{item}</span>
                <span className="qz-order-buttons">
                  <button type="button" className="qz-up qz-small" aria-label={`Move up: ${item}`} disabled={checked || i === 0} onClick={() => move(i, i - 1, ".qz-up")}>
                    ↑ Up
                  </button>
                  <button type="button" className="qz-down qz-small" aria-label={`Move down: ${item}`} disabled={checked || i === order.length - 1} onClick={() => move(i, i + 1, ".qz-down")}>
                    ↓ Down
                  </button>
                </span>
                {checked ? <span className={`qz-mark ${right ? "qz-mark-right" : "qz-mark-wrong"}`}>{right ? "✓ in place" : `✗ belongs at ${key.indexOf(item) + 1}`}</span> : null}
              </li>
            );
          })}
        </ol>
      </div>
    </fieldset>
  );
}

/** The feedback after checking: right or not, the answer, the explanation and the source sentences with links. */
export function Feedback({ question, correct }: { question: PlayerQuestion; correct: boolean }) {
  return (
    <div className={`qz-feedback ${correct ? "qz-feedback-right" : "qz-feedback-wrong"}`}>
      <p className="qz-verdict">{correct ? "✓ Right." : "✗ Not quite."}</p>
      {correct ? null : (
        <p>
          <strong>Answer:</strong> {answerText(question)}
        </p>
      )}
      <p>{question.explanation}</p>
      {question.links.slice(0, 4).map((link) => (
        <blockquote key={link.href + link.text} className="qz-source">
          <p>{link.text}</p>
          <footer>
            <a href={link.href}>Read it in {link.label}</a>
          </footer>
        </blockquote>
      ))}
    </div>
  );
}
