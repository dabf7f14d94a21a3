/**
 * A short id that is the same on every run for the same fact: FNV-1a over the
 * parts, in base 36. Offsets make it unique within an article; the article
 * slug makes it unique across articles.
 */
export function factId(type: string, article: string, start: number, end: number, extra = ""): string {
  return `${type.slice(0, 2)}-${hash(`${type}\u0000${article}\u0000${start}\u0000${end}\u0000${extra}`)}`;
}

/** FNV-1a, 32 bit, as a base-36 string: stable, fast and dependency-free. */
export function hash(input: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    h ^= input.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
