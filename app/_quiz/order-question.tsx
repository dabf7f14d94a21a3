"use client";

import { useRef, type KeyboardEvent } from "react";
import { QuestionLegend } from "./question-legend.tsx";
import type { QuestionProps } from "./quiz-types.ts";

/**
 * Where focus goes once an item has moved: the same button it was on, at the
 * item's new place, unless that button is now disabled (Up at the top, Down
 * at the bottom). A disabled button cannot hold focus, so focus would fall
 * to the page and a keyboard user would lose the item; the other button of
 * the same item takes it instead, and Alt+↑/↓ keep working from there.
 */
function focusMoved(list: HTMLElement | null, to: number, direction: "up" | "down") {
  const item = list?.querySelectorAll("li")[to];
  const same = item?.querySelector<HTMLButtonElement>(direction === "up" ? ".qz-up" : ".qz-down");
  const other = item?.querySelector<HTMLButtonElement>(direction === "up" ? ".qz-down" : ".qz-up");
  (same && !same.disabled ? same : other)?.focus();
}

/** A question answered by putting events in order: Up and Down buttons on each item, or Alt+↑/↓ on a focused item. */
export function OrderQuestion({ question, idPrefix, heading, response, onChange, checked }: QuestionProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const hintId = `${idPrefix}-hint`;
  const order = Array.isArray(response) ? response : [...(question.choices ?? [])];
  const key = Array.isArray(question.answer) ? question.answer : [question.answer];

  const move = (from: number, to: number) => {
    if (checked || to < 0 || to >= order.length) return;
    const next = [...order];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    onChange(next);
    // React moves the focused button's node to put it in place, which blurs it; focus it again once the list is redrawn.
    requestAnimationFrame(() => focusMoved(listRef.current, to, to < from ? "up" : "down"));
  };
  const onOrderKey = (index: number) => (event: KeyboardEvent<HTMLLIElement>) => {
    if (!event.altKey || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) return;
    event.preventDefault();
    move(index, event.key === "ArrowUp" ? index - 1 : index + 1);
  };

  return (
    <fieldset className="qz-question" aria-describedby={hintId}>
      <QuestionLegend idPrefix={idPrefix} heading={heading} prompt={question.prompt} />
      <p id={hintId} className="qz-hint">
        Move each event with its Up and Down buttons (or Alt+↑ and Alt+↓), earliest at the top.
      </p>
      <ol className="qz-order" ref={listRef}>
        {order.map((item, i) => {
          const right = checked && key[i] === item;
          return (
            <li key={item} onKeyDown={onOrderKey(i)} className={checked ? (right ? "qz-right" : "qz-wrong") : undefined}>
              <span className="qz-order-text">{item}</span>
              <span className="qz-order-buttons">
                <button type="button" className="qz-up qz-small" aria-label={`Move up: ${item}`} disabled={checked || i === 0} onClick={() => move(i, i - 1)}>
                  ↑ Up
                </button>
                <button type="button" className="qz-down qz-small" aria-label={`Move down: ${item}`} disabled={checked || i === order.length - 1} onClick={() => move(i, i + 1)}>
                  ↓ Down
                </button>
              </span>
              {checked ? <span className={`qz-mark ${right ? "qz-mark-right" : "qz-mark-wrong"}`}>{right ? "✓ in place" : `✗ belongs at ${key.indexOf(item) + 1}`}</span> : null}
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
