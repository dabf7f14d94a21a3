"use client";

import type { KeyboardEvent } from "react";
import { isField, pickByNumber } from "./question-keys.ts";

/**
 * The keys of the one-at-a-time form: 1–9 pick a choice, Enter in a field
 * checks (or moves on), ← and → move between questions. Arrows are left
 * alone in fields and in an order list, where they already mean something.
 */
export function useQuizKeys({ submit, move }: { submit: () => void; move: (step: 1 | -1) => void }) {
  return (event: KeyboardEvent<HTMLFormElement>) => {
    if (pickByNumber(event.currentTarget, event)) {
      event.preventDefault();
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.target as HTMLElement;
    const inField = isField(target);
    if (event.key === "Enter" && inField) {
      event.preventDefault();
      submit();
    } else if ((event.key === "ArrowRight" || event.key === "ArrowLeft") && !inField && !target.closest(".qz-order")) {
      event.preventDefault();
      move(event.key === "ArrowRight" ? 1 : -1);
    }
  };
}
