import type { ContentProblem } from "../content/content-problem.ts";
import { correctionsSchema, SECTIONS, sectionSchemas, TARGETS, type Corrections, type Section } from "./corrections-schema.ts";
import { describeValue } from "../content/article-frontmatter-schema.ts";
import { issueMessage, suggestKey } from "./issue-messages.ts";
import { formatPath, YamlLocator, type YamlPath } from "../content/yaml-locator.ts";

const isMapping = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Parses a teacher's `.facts.yaml` sidecar. Reports every problem (not just
 * the first) with its 1-based line and a field path like `fix[1].value`;
 * returns `corrections` only when there are none. An empty file is valid
 * and corrects nothing.
 */
export function parseCorrections(file: string, source: string): { corrections?: Corrections; problems: ContentProblem[] } {
  const locator = new YamlLocator(source);
  const problems: ContentProblem[] = [];
  const report = (path: YamlPath, message: string, key = false) =>
    problems.push({ file, line: locator.line(path, { key }), field: formatPath(path), message });

  for (const error of locator.document.errors) {
    const line = error.linePos?.[0].line ?? locator.lineOf(error.pos[0]);
    problems.push({ file, line, field: "", message: `the YAML cannot be read (${error.message.split("\n")[0]}); check the indentation and that text with a colon is in quotes` });
  }
  if (problems.length > 0) return { problems: byLine(problems) };

  const data: unknown = locator.document.toJS();
  if (data === null || data === undefined) return { corrections: { fix: [], drop: [], add: [] }, problems };
  if (!isMapping(data)) {
    report([], `expected the lists fix:, drop: and/or add:, got ${describeValue(data)}`);
    return { problems };
  }
  const normalised: Record<Section, unknown[]> = { fix: [], drop: [], add: [] };
  for (const key of Object.keys(data)) {
    if (!(SECTIONS as readonly string[]).includes(key)) {
      report([key], `unknown key "${key}"; the file holds only fix, drop and add.${suggestKey(key, SECTIONS)}`, true);
    }
  }
  for (const section of SECTIONS) {
    const list = data[section];
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) {
      report([section], `expected a list of entries, each starting with "- ", got ${describeValue(list)}`);
      continue;
    }
    list.forEach((entry, index) => {
      const parsed = parseEntry(section, entry, [section, index], report);
      if (parsed !== undefined) normalised[section].push(parsed);
    });
  }
  if (problems.length > 0) return { problems: byLine(problems) };
  return { corrections: correctionsSchema.parse(normalised), problems };
}

/** Problems in line order, as a teacher reads the file; entries on one line keep their order. */
function byLine(problems: ContentProblem[]): ContentProblem[] {
  return [...problems].sort((a, b) => a.line - b.line);
}

type Report = (path: YamlPath, message: string, key?: boolean) => void;

/** Validates one entry against the schema its target key selects. */
function parseEntry(section: Section, entry: unknown, path: YamlPath, report: Report): unknown {
  const allowed = Object.keys(sectionSchemas[section]);
  const example = `- ${allowed[0]}: "a few words of it"`;
  if (!isMapping(entry)) {
    const like = typeof entry === "string" ? `- ${allowed[0]}: "${entry}"` : example;
    report(path, `expected an entry naming the kind of fact, like ${like}, got ${describeValue(entry)}`);
    return undefined;
  }
  const targets = TARGETS.filter((t) => t in entry);
  if (targets.length === 0) {
    report(path, `does not say which fact: start the entry with one of ${allowed.join(", ")} (${example})`);
    return undefined;
  }
  if (targets.length > 1) {
    report(path, `names ${targets.join(" and ")}; write one fact per entry`);
    return undefined;
  }
  const target = targets[0]!;
  const schema = sectionSchemas[section][target];
  if (!schema) {
    report([...path, target], `a ${target} cannot be fixed in place; ${section} supports ${allowed.join(", ")}. Drop the ${target} and add a corrected one instead`, true);
    return undefined;
  }
  const result = schema.safeParse(entry, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      const keys = Object.keys((schema as unknown as { shape: object }).shape);
      for (const key of issue.keys) report([...path, ...issue.path, key], `unknown key "${key}"; a ${section} ${target} entry takes ${keys.join(", ")}.${suggestKey(key, keys)}`, true);
      continue;
    }
    const key = String(issue.path[issue.path.length - 1] ?? target);
    report([...path, ...issue.path], issueMessage(issue, key));
  }
  return undefined;
}
