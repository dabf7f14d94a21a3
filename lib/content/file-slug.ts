import type { ContentProblem } from "./content-problem.ts";
import { isSlug, slugify } from "./slug.ts";

/** What `checkFileSlug` found: the slug as compared, the file already holding it, and the problems. */
export interface FileSlugCheck {
  /** The slugified name, as duplicates are compared ("Who-Said" and "who-said" are one). */
  key: string;
  /** The earlier file with the same key, when there is one: both get a problem. */
  duplicateOf?: string;
  problems: ContentProblem[];
}

/**
 * Checks a content file's name as its slug: it must be one, and no other
 * file of its folder may slugify alike. `seen` maps keys to files and gets
 * this file when it is not a duplicate. `label` names the slug in messages
 * ("slug", "lesson slug").
 */
export function checkFileSlug(file: string, slug: string, extension: string, seen: Map<string, string>, label: string): FileSlugCheck {
  const problems: ContentProblem[] = [];
  if (!isSlug(slug)) {
    problems.push({ file, line: 1, field: "", message: `the file name must be a slug (lowercase words joined by hyphens): rename it to ${slugify(slug)}${extension}` });
  }
  const key = slugify(slug);
  const other = seen.get(key);
  if (!other) {
    seen.set(key, file);
    return { key, problems };
  }
  const duplicate = (at: string, with_: string) => ({ file: at, line: 1, field: "", message: `duplicate ${label} "${key}": ${with_} has it too; rename one of the two files` });
  problems.push(duplicate(file, other), duplicate(other, file));
  return { key, duplicateOf: other, problems };
}
