/**
 * Keyboard helpers shared by both quiz views and the review session: they
 * work on the DOM of one question, so each view can scope them to the
 * question that has focus.
 */

/** The modifier keys a key handler looks at. */
interface KeyLike {
  key: string;
  target: EventTarget | null;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** Whether the event comes from a field that takes typed keys (where Enter checks, and arrows must not move on). */
export function isField(target: EventTarget | null): boolean {
  const tag = (target as HTMLElement | null)?.tagName;
  return tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA";
}

/**
 * Number keys 1–9 pick that choice of the question inside `container` (a
 * radio is chosen, a checkbox toggled) unless the learner is typing. True
 * when the key was used.
 */
export function pickByNumber(container: HTMLElement, event: KeyLike): boolean {
  if (!/^[1-9]$/.test(event.key) || event.altKey || event.ctrlKey || event.metaKey) return false;
  const target = event.target as HTMLElement | null;
  if (target && (target.tagName === "SELECT" || target.tagName === "TEXTAREA" || (target.tagName === "INPUT" && (target as HTMLInputElement).type === "text"))) return false;
  const input = container.querySelectorAll<HTMLInputElement>(".qz-choices input")[Number(event.key) - 1];
  if (!input || input.disabled) return false;
  input.click();
  input.focus();
  return true;
}

/** The first thing to answer with in `container`, for moving focus to a question that was just shown or asked for. */
export function firstField(container: Element | null | undefined): HTMLElement | null {
  return (
    container?.querySelector<HTMLElement>(
      ".qz-question input:checked:not(:disabled), .qz-question input:not(:disabled), .qz-question select:not(:disabled), .qz-question button:not(:disabled)",
    ) ?? null
  );
}
