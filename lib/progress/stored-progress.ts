import { parseStored } from "./migrations.ts";
import { noticeFor, type Notice } from "./progress-notices.ts";
import { emptyProgress, type Progress } from "./progress-schema.ts";
import type { SafeStorage } from "./storage-adapter.ts";

/**
 * The stored progress, read fresh:
 * - `ok`: usable (possibly migrated, possibly a fresh start after setting an
 *   unreadable value aside), with any notice the learner should see;
 * - `unavailable`: storage cannot be used at all;
 * - `blocked`: the value is unreadable and could not be set aside, so it must
 *   not be overwritten; the store keeps working in memory.
 */
export type StoredRead =
  | { kind: "ok"; progress: Progress; notice?: Notice; migrated: boolean }
  | { kind: "unavailable"; notice: Notice }
  | { kind: "blocked"; notice: Notice };

/**
 * A raw value this tab last wrote or read, and its progress: every write
 * re-reads storage, and skipping the parse when nothing changed since keeps
 * a write cheap however long the history.
 */
export interface KnownValue {
  raw: string;
  progress: Progress;
}

/** Where an unreadable value is set aside, next to the progress key. */
export const backupKeyFor = (key: string) => `${key}.backup`;

/**
 * Reads and classifies the value under `key`. An unreadable value (bad JSON,
 * wrong shape, unknown version) is copied under the backup key before the
 * main key is cleared, so nothing is destroyed without a copy; a backup that
 * does not fit leaves the value where it is.
 */
export function readStored(storage: SafeStorage, key: string, known?: KnownValue): StoredRead {
  const read = storage.read(key);
  if (!read.ok) return { kind: "unavailable", notice: noticeFor.unavailable() };
  if (known && read.value === known.raw) return { kind: "ok", progress: known.progress, migrated: false };
  const stored = parseStored(read.value);
  switch (stored.kind) {
    case "empty":
      return { kind: "ok", progress: emptyProgress(), migrated: false };
    case "current":
      return { kind: "ok", progress: stored.progress, migrated: false };
    case "migrated":
      return { kind: "ok", progress: stored.progress, notice: noticeFor.migrated(stored.from), migrated: true };
    case "invalid": {
      const backupKey = backupKeyFor(key);
      const backup = storage.write(backupKey, read.value!);
      if (!backup.ok) return { kind: "blocked", notice: backup.fault === "quota" ? noticeFor.corruptKept(stored.reason) : noticeFor.unavailable() };
      storage.remove(key);
      return { kind: "ok", progress: emptyProgress(), notice: noticeFor.corruptBackedUp(stored.reason, backupKey), migrated: false };
    }
  }
}
