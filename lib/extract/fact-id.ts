/**
 * A short id that is the same on every run for the same fact: FNV-1a over the
 * parts, in base 36. Offsets make it unique within an article; the article
 * slug makes it unique across articles.
 */
export function factId(type: string, article: string, start: number, end: number, extra = ""): string {
  return `${type.slice(0, 2)}-${finish(update(prefixState(type, article), `${start}\u0000${end}\u0000${extra}`))}`;
}

/** FNV-1a, 32 bit, as a base-36 string: stable, fast and dependency-free. */
export function hash(input: string): string {
  return finish(update(FNV_OFFSET, input));
}

const FNV_OFFSET = 0x811c9dc5;

function update(state: number, input: string): number {
  let h = state;
  for (let i = 0; i < input.length; i++) {
    h ^= input.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

const finish = (h: number) => (h >>> 0).toString(36);

const prefixes = new Map<string, number>();
/**
 * The hash state after `type\0article\0`: every fact of an article shares
 * it, so it is hashed once, not once per fact. FNV-1a reads one character
 * at a time, so continuing from it gives the same hash as the whole string.
 */
function prefixState(type: string, article: string): number {
  const key = `${type}\u0000${article}\u0000`;
  let state = prefixes.get(key);
  if (state === undefined) {
    state = update(FNV_OFFSET, key);
    if (prefixes.size > 1_000) prefixes.clear();
    prefixes.set(key, state);
  }
  return state;
}
