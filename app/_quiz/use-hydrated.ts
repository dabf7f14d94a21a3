"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the pre-rendered HTML and while React hydrates it, true from then
 * on (and at once in anything mounted later). The quiz's controls stay
 * disabled until then: clicked earlier, "Check answer" would submit the form
 * to the server and reload the page.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
