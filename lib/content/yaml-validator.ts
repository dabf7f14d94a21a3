import type { z } from "zod";
import { editDistance } from "../text/edit-distance.ts";
import type { ContentProblem } from "./content-problem.ts";
import { formatPath, YamlLocator } from "./yaml-locator.ts";

/** Where a YAML block sits in its file, so reported lines are the file's lines. */
export interface YamlSource {
  /** Path relative to the project root. */
  file: string;
  /** The YAML text. */
  source: string;
  /** File line of the YAML text's first line, minus one (0 for a whole .yaml file). */
  lineOffset?: number;
  /** File line to report for a required field that is missing (default: the first line). */
  missingLine?: number;
}

/**
 * Parses YAML and validates it with a zod schema, reporting every problem
 * with the file line of the offending key or value. Unknown keys get a
 * "did you mean" hint from the schema's own keys.
 */
export function validateYaml<S extends z.ZodType>(
  input: YamlSource,
  schema: S,
): { data?: z.infer<S>; problems: ContentProblem[] } {
  const offset = input.lineOffset ?? 0;
  const locator = new YamlLocator(input.source);
  const doc = locator.document;
  const problems: ContentProblem[] = doc.errors.map((error) => ({
    file: input.file,
    line: (error.linePos?.[0]?.line ?? locator.lineOf(error.pos[0])) + offset,
    field: "",
    message: `YAML syntax: ${error.message.split("\n")[0]} (check quotes, colons and indentation)`,
  }));
  if (problems.length) return { problems };

  // A required field that is missing has no line of its own: report it where the caller says.
  const lineOf = (path: readonly PropertyKey[], key = false): number =>
    !key && path.length > 0 && !doc.hasIn(path as unknown[]) ? (input.missingLine ?? offset + 1) : locator.line(path, { key }) + offset;
  const result = schema.safeParse(doc.toJS() ?? {});
  if (result.success) return { data: result.data, problems };
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      const known = knownKeys(schema, issue.path);
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        problems.push({
          file: input.file,
          line: lineOf(path, true),
          field: formatPath(path),
          message: unknownKeyMessage(key, known),
        });
      }
      continue;
    }
    problems.push({ file: input.file, line: lineOf(issue.path), field: formatPath(issue.path), message: issue.message });
  }
  return { problems };
}

function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return path.length === 0 && shape ? Object.keys(shape) : [];
}

function unknownKeyMessage(key: string, known: string[]): string {
  const guess = closest(key, known);
  const hint = guess ? `did you mean "${guess}"? ` : "";
  const allowed = known.length ? `Allowed fields: ${known.join(", ")}.` : "Remove it.";
  return `unknown field; ${hint}${allowed}`;
}

/** The known key within edit distance 2 (or sharing a 4-letter prefix), if any. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best ?? candidates.find((c) => c.length >= 4 && word.toLowerCase().startsWith(c.slice(0, 4)));
}
