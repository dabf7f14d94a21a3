/** A slug: lowercase letters and digits in words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether `value` is a valid slug. */
export function isSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}

/**
 * Turns a title into a slug: accents folded, words joined by hyphens, cut at
 * a word boundary so URLs stay readable.
 */
export function slugify(title: string, maxLength = 60): string {
  const words = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength && slug) break;
    slug = next;
  }
  return slug.slice(0, maxLength) || "article";
}
