import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import type { ContentProblem } from "./content-problem.ts";

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
  const lineCounter = new LineCounter();
  const doc = parseDocument(input.source, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const problems: ContentProblem[] = doc.errors.map((error) => ({
    file: input.file,
    line: (error.linePos?.[0]?.line ?? 1) + offset,
    field: "",
    message: `YAML syntax: ${error.message.split("\n")[0]} (check quotes, colons and indentation)`,
  }));
  if (problems.length) return { problems };

  const lineOf = (path: PropertyKey[], key = false): number => {
    const range = nodeRange(doc, path, key);
    return range === undefined ? (input.missingLine ?? offset + 1) : lineCounter.linePos(range).line + offset;
  };
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

/** `quotes[2].speaker` from `["quotes", 2, "speaker"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === "number" ? `[${part}]` : `${i ? "." : ""}${String(part)}`))
    .join("");
}

function nodeRange(doc: Document, path: PropertyKey[], key: boolean): number | undefined {
  if (key) {
    const parent = path.length > 1 ? doc.getIn(path.slice(0, -1) as unknown[], true) : doc.contents;
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === path[path.length - 1]);
      if (pair && isNode(pair.key) && pair.key.range) return pair.key.range[0];
    }
  }
  // Walk up the path until a node exists: a missing field is reported at its parent.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return depth === 0 && path.length > 0 ? undefined : node.range[0];
  }
  return undefined;
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

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}
