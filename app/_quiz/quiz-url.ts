/** How the questions are laid out: one at a time (the default) or all on one page. */
export type QuizLayout = "one" | "all";

/** The seed in `?seed=N`, or 1 when there is none (or it is not a whole number). */
export function seedFromSearch(search: string): number {
  const raw = new URLSearchParams(search).get("seed");
  return raw !== null && /^\d{1,9}$/.test(raw) ? Number(raw) : 1;
}

/** `?view=all` opens every question on one page; anything else (or nothing) is one at a time. */
export function layoutFromSearch(search: string): QuizLayout {
  return new URLSearchParams(search).get("view") === "all" ? "all" : "one";
}

/**
 * The link that opens this quiz as it is now. One at a time is the default
 * and stays out of the URL, so the links shared before the all-on-one-page
 * view existed still read the same.
 */
export function quizHref(slug: string, seed: number, layout: QuizLayout): string {
  return `/lessons/${slug}/quiz?seed=${seed}${layout === "all" ? "&view=all" : ""}`;
}
