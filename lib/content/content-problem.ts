/**
 * One thing wrong with a content file, reported as
 * `content/articles/x.md:3 published: expected a date like 2025-03-17, got "March 17"`.
 * Loaders collect every problem in every file rather than stopping at the first.
 */
export interface ContentProblem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line; 1 when the problem is with the file as a whole. */
  line: number;
  /** The field or component at fault ("published", "quotes[2].speaker"); empty for the whole file. */
  field: string;
  /** What is wrong and how to fix it, as one or two sentences. */
  message: string;
}

/** Formats one problem as `file:line field: message`. */
export function formatProblem(problem: ContentProblem): string {
  const field = problem.field ? ` ${problem.field}:` : "";
  return `${problem.file}:${problem.line}${field} ${problem.message}`;
}

/** Groups problems by file, files in name order and problems in line order, as the CLI prints them. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const byFile = new Map<string, ContentProblem[]>();
  for (const problem of problems) {
    const list = byFile.get(problem.file) ?? [];
    list.push(problem);
    byFile.set(problem.file, list);
  }
  const files = [...byFile.keys()].sort();
  return files
    .map((file) => {
      const lines = byFile.get(file)!.sort((a, b) => a.line - b.line).map((p) => `  ${formatProblem(p)}`);
      return `${file}\n${lines.join("\n")}`;
    })
    .join("\n\n");
}
