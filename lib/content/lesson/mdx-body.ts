import type { Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { mdxFromMarkdown } from "mdast-util-mdx";
import { mdxjs } from "micromark-extension-mdxjs";
import type { ContentProblem } from "../content-problem.ts";

/** What micromark and the MDX extensions throw (a `VFileMessage`); only the parts read here. */
interface MdxError {
  reason?: string;
  message?: string;
  line?: number;
  ruleId?: string;
  source?: string;
  place?: { line?: number; start?: { line?: number } };
}

/**
 * Parses a lesson body as MDX into mdast. Parsing never runs code: MDX
 * expressions are parsed (by acorn) only so that syntax errors are found
 * here; the converters then refuse every expression but comments. The first
 * syntax error stops the parse, as it does in MDX itself; it is returned as
 * a problem at its line of the file (`lineOffset` is the body's first file
 * line minus one).
 */
export function parseMdxBody(file: string, body: string, lineOffset: number): { tree?: Root; problem?: ContentProblem } {
  try {
    return { tree: fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) };
  } catch (thrown) {
    const error = thrown as MdxError;
    const reason = error.reason ?? error.message ?? String(thrown);
    const opened = /\((\d+):\d+-\d+:\d+\)/.exec(reason);
    // An unclosed tag is reported where it opens: that is the line to fix.
    const at = closingTagMissing(reason) && opened ? Number(opened[1]) : (error.line ?? error.place?.line ?? error.place?.start?.line ?? (opened ? Number(opened[1]) : 1));
    const { field, message } = explain(reason, error, at + lineOffset, opened ? Number(opened[1]) + lineOffset : undefined);
    return { problem: { file, line: at + lineOffset, field, message } };
  }
}

const closingTagMissing = (reason: string) => reason.startsWith("Expected a closing tag for");

/** A teacher-readable message for an MDX syntax error, with the fix. */
function explain(reason: string, error: MdxError, line: number, openedLine: number | undefined): { field: string; message: string } {
  const tag = /`<\/?([^`>]*)>`/.exec(reason)?.[1];
  if (closingTagMissing(reason)) {
    const sentence = reason.includes("before the end of") ? "; a tag that starts inside a sentence must close in the same paragraph" : "";
    return { field: `<${tag}>`, message: `is never closed: add </${tag}> after its content, or write <${tag} /> when it has none${sentence}` };
  }
  const mismatch = /^Unexpected closing tag `<\/([^`>]*)>`, expected corresponding closing tag for `<([^`>]*)>`/.exec(reason);
  if (mismatch) {
    const where = openedLine && openedLine !== line ? ` (opened on line ${openedLine})` : "";
    return { field: `</${mismatch[1]}>`, message: `does not close <${mismatch[2]}>${where}: close <${mismatch[2]}> first, or fix the tag names` };
  }
  if (error.ruleId === "unexpected-closing-slash") {
    return { field: "", message: "a closing tag here has no opening tag: remove it, or add the opening tag above it" };
  }
  const short = reason.split(/, expected|; /)[0];
  if (error.source === "micromark-extension-mdx-jsx") {
    if (/Unexpected character `!`/.test(reason)) {
      return { field: "", message: "HTML comments <!-- … --> do not work in MDX: write {/* comment */} instead" };
    }
    const fix = /attribute/.test(short)
      ? 'write props as name="text", name={12}, name={true} or name={["a","b"]}; for a < sign in text, write &lt;'
      : 'a < starts a tag: write &lt; or {"<"} for the character itself';
    return { field: "", message: `MDX syntax (${short}): ${fix}` };
  }
  if (error.source === "micromark-extension-mdx-expression") {
    const fix = "write \\{ for a literal brace, or {/* … */} for a comment";
    return error.ruleId === "unexpected-eof"
      ? { field: "", message: `a { is never closed with }: ${fix}` }
      : { field: "", message: `{…} is code, which lessons never run: ${fix}` };
  }
  return { field: "", message: `MDX syntax: ${reason}` };
}
