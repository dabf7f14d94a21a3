import { attemptProgress, buildAttempt, makeId, reviewProgress, type AttemptInput } from "./attempt-record.ts";
import { exportProgress, parseImport, planImport } from "./progress-export.ts";
import { mergeProgress } from "./progress-merge.ts";
import { noticeFor, withNotice, withoutNotice, type Notice, type NoticeKind } from "./progress-notices.ts";
import { emptyProgress, type Attempt, type Progress } from "./progress-schema.ts";
import { EMPTY_SNAPSHOT, makeSnapshot, type ProgressSnapshot } from "./progress-snapshot.ts";
import { dueItems, type ReviewItem } from "./review-scheduler.ts";
import { safeStorage, type StorageLike } from "./storage-adapter.ts";
import { readStored, type KnownValue } from "./stored-progress.ts";

/** The storage key; an unreadable value is set aside under `quizwire.progress.backup`. */
export const DEFAULT_PROGRESS_KEY = "quizwire.progress";

export interface ProgressStoreOptions {
  /** Usually `window.localStorage`; undefined or throwing storage means memory only. */
  storage: StorageLike | undefined;
  key?: string;
  /** Epoch ms; injected for tests. */
  now?: () => number;
  /** Uniform in [0, 1), for the random part of ids; injected for tests. */
  random?: () => number;
}

export interface ImportResult {
  ok: boolean;
  /** Attempts added. */
  added: number;
  /** Attempts in the file that were already here (kept as they were). */
  skipped: number;
  problems: string[];
}

export interface ProgressStore {
  /** Immutable, and the same object until something changes (as `useSyncExternalStore` needs). */
  getSnapshot(): ProgressSnapshot;
  subscribe(listener: () => void): () => void;
  recordAttempt(input: AttemptInput): Attempt;
  /** False when the question has never been answered in a quiz. */
  recordReview(questionId: string, correct: boolean): boolean;
  reviewQueue(now?: number): ReviewItem[];
  exportJson(): string;
  importJson(text: string): ImportResult;
  /** Clears all progress; the UI asks for confirmation first. */
  reset(): void;
  dismissNotice(kind: NoticeKind): void;
  /** Re-reads storage, e.g. after another tab wrote. */
  sync(): void;
  /** For `window`'s `storage` event: syncs when the event is about this store's key. */
  handleStorageEvent(event: { key: string | null; storageArea?: unknown }): void;
}

/**
 * The learner's progress over a given storage. Every write re-reads the
 * stored value and merges into it (a union by attempt id), so two tabs
 * writing in turn never lose each other's attempts. Changes that could not
 * be saved (storage full or unavailable) are kept as `unsaved` and merged
 * into every later write, so they are saved as soon as storage allows.
 * Only such unsaved changes are merged, never the whole in-memory copy:
 * otherwise a tab that had not yet heard of a reset in another tab would
 * write everything back.
 */
export function createProgressStore(options: ProgressStoreOptions): ProgressStore {
  const key = options.key ?? DEFAULT_PROGRESS_KEY;
  const storage = safeStorage(options.storage);
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const listeners = new Set<() => void>();
  let snapshot = EMPTY_SNAPSHOT;
  let pending: Progress | undefined;
  let known: KnownValue | undefined;

  const update = (progress: Progress, notices: readonly Notice[]) => {
    const next = makeSnapshot(snapshot, progress, notices, pending !== undefined);
    if (next === snapshot) return;
    snapshot = next;
    for (const listener of listeners) listener();
  };
  // A dismissed fault stays quiet while it lasts; a successful write ends it, so a later fault is news again.
  const dismissed = new Set<NoticeKind>();
  const notify = (notices: readonly Notice[], notice: Notice | undefined) => (notice && !dismissed.has(notice.kind) ? withNotice(notices, notice) : notices);

  /** Merges `delta` into the freshly read stored value and writes it. */
  const commit = (delta: Progress) => {
    const hasContent = delta.attempts.length > 0 || Object.keys(delta.questions).length > 0;
    if (hasContent) pending = mergeProgress(pending ?? emptyProgress(), delta);
    const stored = readStored(storage, key, known);
    if (stored.kind !== "ok") return update(mergeProgress(snapshot.progress, delta), notify(snapshot.notices, stored.notice));
    const merged = mergeProgress(stored.progress, pending ?? emptyProgress());
    const raw = JSON.stringify(merged);
    const written = storage.write(key, raw);
    let notices = notify(snapshot.notices, stored.notice);
    if (written.ok) {
      pending = undefined;
      known = { raw, progress: merged };
      dismissed.delete("quota");
      dismissed.delete("unavailable");
      notices = withoutNotice(withoutNotice(notices, "quota"), "unavailable");
    } else {
      notices = notify(notices, written.fault === "quota" ? noticeFor.quota() : noticeFor.unavailable());
    }
    update(merged, notices);
  };

  const sync = () => {
    const stored = readStored(storage, key, known);
    if (stored.kind !== "ok") return update(snapshot.progress, notify(snapshot.notices, stored.notice));
    update(pending ? mergeProgress(stored.progress, pending) : stored.progress, notify(snapshot.notices, stored.notice));
    if (stored.migrated) commit(emptyProgress());
  };

  sync();

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    recordAttempt(input) {
      const finishedAt = input.finishedAt ?? now();
      const attempt = buildAttempt({ ...input, finishedAt }, makeId("", finishedAt, random()));
      commit(attemptProgress(attempt));
      return attempt;
    },
    recordReview(questionId, correct) {
      const at = now();
      const delta = reviewProgress(snapshot.progress, questionId, correct, at, makeId("r", at, random()));
      if (delta) commit(delta);
      return delta !== undefined;
    },
    reviewQueue: (at = now()) => dueItems(snapshot.progress, at),
    exportJson: () => exportProgress(snapshot.progress, now()),
    importJson(text) {
      const parsed = parseImport(text);
      if (!parsed.ok) return { ok: false, added: 0, skipped: 0, problems: parsed.problems };
      sync();
      const plan = planImport(snapshot.progress, parsed.progress);
      commit(plan.incoming);
      const unsavedProblem = "The imported progress could not be saved in this browser; it is kept only until you close this tab.";
      const problems = pending ? [...plan.problems, unsavedProblem] : plan.problems;
      return { ok: true, added: plan.added, skipped: plan.skipped, problems };
    },
    reset() {
      // An unreadable value that could not be set aside is left alone: reset clears progress, it does not destroy data unseen.
      const stored = readStored(storage, key, known);
      const removed = stored.kind === "ok" ? storage.remove(key) : { ok: true };
      known = undefined;
      pending = undefined;
      update(emptyProgress(), removed.ok ? snapshot.notices : notify(snapshot.notices, noticeFor.unavailable()));
    },
    dismissNotice(kind) {
      // Each backup is a new event worth telling; the other kinds repeat on every write while they last.
      if (kind !== "corrupt-backed-up") dismissed.add(kind);
      update(snapshot.progress, withoutNotice(snapshot.notices, kind));
    },
    sync,
    handleStorageEvent(event) {
      if (event.storageArea != null && event.storageArea !== options.storage) return;
      if (event.key === null || event.key === key) sync();
    },
  };
}
