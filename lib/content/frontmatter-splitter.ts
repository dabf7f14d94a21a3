import type { ContentProblem } from "./content-problem.ts";

/** A Markdown file split into its YAML frontmatter and its body. */
export interface SplitFile {
  /** The YAML between the `---` lines. */
  yaml: string;
  /** Everything after the closing `---` line. */
  body: string;
  /** File line of the body's first line. */
  bodyLine: number;
}

/**
 * Splits `---`-fenced frontmatter from the body. The text must already have
 * LF line endings (see `normalizeNewlines`).
 */
export function splitFrontmatter(file: string, text: string): { split?: SplitFile; problems: ContentProblem[] } {
  const lines = text.split("\n");
  if (lines[0]?.trim() !== "---") {
    return {
      problems: [
        {
          file,
          line: 1,
          field: "",
          message: "no frontmatter: start the file with a line ---, then title: and published: lines, then another ---",
        },
      ],
    };
  }
  const close = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (close < 0) {
    return {
      problems: [
        {
          file,
          line: 1,
          field: "",
          message: "the frontmatter opened on line 1 is never closed: add a line --- after its last field",
        },
      ],
    };
  }
  return {
    split: { yaml: lines.slice(1, close).join("\n"), body: lines.slice(close + 1).join("\n"), bodyLine: close + 2 },
    problems: [],
  };
}
