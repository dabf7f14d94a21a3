import type { Notice } from "./progress-notices.ts";
import { emptyProgress, type Progress } from "./progress-schema.ts";

/** What the UI renders. Deeply frozen: React compares snapshots by identity, so nothing may change one in place. */
export interface ProgressSnapshot {
  readonly progress: Progress;
  readonly notices: readonly Notice[];
  /** True while some progress exists only in this tab (storage full or unavailable). */
  readonly unsaved: boolean;
}

/** Before anything is read, and the server snapshot: no progress, no notices. */
export const EMPTY_SNAPSHOT: ProgressSnapshot = deepFreeze({ progress: emptyProgress(), notices: [], unsaved: false });

/**
 * The next snapshot, or `previous` itself when nothing changed, so a sync that
 * reads back what this tab wrote does not re-render anything.
 */
export function makeSnapshot(previous: ProgressSnapshot, progress: Progress, notices: readonly Notice[], unsaved: boolean): ProgressSnapshot {
  const sameProgress = progress === previous.progress || JSON.stringify(progress) === JSON.stringify(previous.progress);
  if (sameProgress && notices === previous.notices && unsaved === previous.unsaved) return previous;
  return deepFreeze({ progress: sameProgress ? previous.progress : progress, notices, unsaved });
}

function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  for (const item of Object.values(value)) deepFreeze(item);
  return Object.freeze(value);
}
