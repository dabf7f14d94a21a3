import { z } from "zod";

/**
 * Where the site is served, for the links printed on paper (the QR code).
 * There is no deployment URL in the project: the build reads
 * `QUIZWIRE_SITE_URL`, and without it paper points at the local server of
 * `npm start` / `npm run serve`.
 */
export const DEFAULT_SITE_URL = "http://localhost:3000";

const siteUrlSchema = z
  .url({ protocol: /^https?$/, error: "must be an http:// or https:// address, like https://quiz.example.org" })
  .refine((url) => !/[?#]/.test(url), "must not hold a query (?…) or a fragment (#…)");

/** A site URL without its trailing slash; throws with what is wrong. */
export function parseSiteUrl(raw: string | undefined): string {
  if (raw === undefined || raw.trim() === "") return DEFAULT_SITE_URL;
  const parsed = siteUrlSchema.safeParse(raw.trim());
  if (!parsed.success) throw new Error(`QUIZWIRE_SITE_URL ${parsed.error.issues[0]!.message}, got "${raw}".`);
  return parsed.data.replace(/\/+$/, "");
}

/** The online quiz a printed version matches: the same questions and choices in the same order. */
export function quizUrl(siteUrl: string, lessonSlug: string, seed: number): string {
  return `${siteUrl}/lessons/${encodeURIComponent(lessonSlug)}/quiz?seed=${seed}`;
}
