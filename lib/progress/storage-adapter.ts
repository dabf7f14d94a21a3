/**
 * The part of the Web Storage API the progress store uses. The store is
 * given one (normally `window.localStorage`) and never assumes it works:
 * in private browsing or with cookies blocked, reaching it or calling it
 * throws, and a full quota makes `setItem` throw.
 */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Why a storage call failed: out of room, or storage not usable at all. */
export type StorageFault = "quota" | "unavailable";

export type ReadResult = { ok: true; value: string | null } | { ok: false; fault: StorageFault };
export type WriteResult = { ok: true } | { ok: false; fault: StorageFault };

/** Storage calls that report faults instead of throwing. */
export interface SafeStorage {
  read(key: string): ReadResult;
  write(key: string, value: string): WriteResult;
  remove(key: string): WriteResult;
}

/** Wraps a storage that may be missing or may throw on any call. */
export function safeStorage(storage: StorageLike | undefined): SafeStorage {
  const attempt = <T>(call: (s: StorageLike) => T): { ok: true; value: T } | { ok: false; fault: StorageFault } => {
    if (!storage) return { ok: false, fault: "unavailable" };
    try {
      return { ok: true, value: call(storage) };
    } catch (error) {
      return { ok: false, fault: isQuotaError(error) ? "quota" : "unavailable" };
    }
  };
  const done = (result: { ok: true } | { ok: false; fault: StorageFault }): WriteResult => (result.ok ? { ok: true } : result);
  return {
    read: (key) => attempt((s) => s.getItem(key)),
    write: (key, value) => done(attempt((s) => s.setItem(key, value))),
    remove: (key) => done(attempt((s) => s.removeItem(key))),
  };
}

/**
 * Browsers disagree on the quota error: the standard name, Firefox's old
 * name, and the legacy codes 22 and 1014 all occur in the wild.
 */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED" || code === 22 || code === 1014;
}
