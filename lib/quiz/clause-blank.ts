/** What a blanked fact looks like in a prompt. */
export const BLANK = "____";

/**
 * The clause text with the fact's words replaced by a blank (or by other
 * words, for a false statement). Offsets are the fact's, absolute in the
 * body, and must lie inside the clause; null otherwise.
 */
export function replaceInClause(
  clause: { start: number; end: number; text: string },
  start: number,
  end: number,
  replacement = BLANK,
): string | null {
  if (start < clause.start || end > clause.end || start >= end) return null;
  const from = start - clause.start;
  const to = end - clause.start;
  return tidy(`${clause.text.slice(0, from)}${replacement}${clause.text.slice(to)}`);
}

/** Clause text without the fact's words: spaces closed up, no space before punctuation. */
export function removeFromClause(clause: { start: number; end: number; text: string }, start: number, end: number): string | null {
  if (start < clause.start || end > clause.end || start >= end) return null;
  // "took place on February 12": the preposition goes with the date.
  const before = clause.text.slice(0, start - clause.start).replace(/\b(on|in|at|since|by|from|of)\s*$/i, "");
  return tidy(`${before} ${clause.text.slice(end - clause.start)}`);
}

/** Collapses whitespace, drops spaces before punctuation and a dangling opening quote mark. */
function tidy(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/\s+([,.;:!?])/g, "$1")
    .replace(/^[\s,;:]+|[\s,;:]+$/g, "")
    .trim();
}
