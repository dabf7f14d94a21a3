"use client";

import { useSyncExternalStore } from "react";
import { createProgressStore, type ProgressStore } from "../../lib/progress/progress-store.ts";
import { EMPTY_SNAPSHOT, type ProgressSnapshot } from "../../lib/progress/progress-snapshot.ts";
import type { StorageLike } from "../../lib/progress/storage-adapter.ts";

let store: ProgressStore | undefined;

/** Merely reading `window.localStorage` throws when site data is blocked; the store then works in memory. */
function localStorageOrUndefined(): StorageLike | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The page's one progress store, created on first use in the browser and
 * kept in step with other tabs through the `storage` event. Call it only on
 * the client (event handlers, effects); rendering goes through `useProgress`.
 */
export function getProgressStore(): ProgressStore {
  if (!store) {
    const created = createProgressStore({ storage: localStorageOrUndefined() });
    window.addEventListener("storage", (event) => created.handleStorageEvent(event));
    store = created;
  }
  return store;
}

const subscribe = (listener: () => void) => getProgressStore().subscribe(listener);
const getSnapshot = () => getProgressStore().getSnapshot();
const getServerSnapshot = () => EMPTY_SNAPSHOT;

/** The learner's progress and notices; empty while prerendering and hydrating. */
export function useProgress(): ProgressSnapshot {
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}
