/**
 * JSON with object keys sorted, so two values that mean the same thing give
 * the same string whatever order their keys were written in. Merging uses it
 * to break ties deterministically; the store uses it to tell whether anything
 * really changed.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item === null || typeof item !== "object" || Array.isArray(item)) return item;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(item).sort()) sorted[key] = (item as Record<string, unknown>)[key];
    return sorted;
  });
}
