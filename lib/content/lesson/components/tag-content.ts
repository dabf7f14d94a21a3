import type { PhrasingContent, RootContent } from "mdast";
import { expressionMeaning } from "../mdx-expression.ts";
import type { LessonBuilder } from "../lesson-builder.ts";
import type { LessonBlock } from "../lesson-document.ts";
import type { JsxElement } from "./tag-props.ts";

type Content = RootContent | PhrasingContent;

const BLOCKS = new Set(["paragraph", "heading", "list", "listItem", "blockquote"]);

/** Whether a node shows nothing: whitespace or a `{/* comment *\/}`. */
export function isBlank(node: Content): boolean {
  if (node.type === "text") return node.value.trim() === "";
  if (node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") return expressionMeaning(node).kind === "comment";
  if (node.type === "paragraph") return node.children.every(isBlank);
  return false;
}

/** Whether a tag has children that show something. */
export function hasContent(el: JsxElement): boolean {
  return !el.children.every((child) => isBlank(child as Content));
}

/**
 * A tag's Markdown children as blocks. A tag written inside a paragraph
 * (`<Callout type="tip">Short tip.</Callout>` on one line) has inline
 * children, which become one paragraph.
 */
export function childBlocks(el: JsxElement, b: LessonBuilder): LessonBlock[] {
  if (el.type === "mdxJsxFlowElement") return b.blocks(el.children);
  const children = b.inlines(el.children);
  return children.length ? [{ type: "paragraph", children }] : [];
}

/**
 * Flattens Markdown to plain text for prompts and choices: formatting is
 * dropped, paragraphs are joined with a space and whitespace is collapsed.
 * A component inside is reported, since a prompt is only text.
 */
export function plainText(nodes: readonly Content[], b: LessonBuilder, owner: string): string {
  const parts: string[] = [];
  const walk = (node: Content): void => {
    switch (node.type) {
      case "text":
      case "inlineCode":
        parts.push(node.value);
        return;
      case "break":
        parts.push(" ");
        return;
      case "mdxTextExpression":
      case "mdxFlowExpression": {
        const meaning = expressionMeaning(node);
        if (meaning.kind === "text") parts.push(meaning.value);
        else if (meaning.kind === "code") b.report(node, `<${owner}>`, `{${node.value.trim()}} is code: write the text itself`);
        return;
      }
      case "mdxJsxTextElement":
      case "mdxJsxFlowElement":
        b.report(node, `<${owner}>`, `takes plain text: <${node.name ?? ""}> cannot go inside it`);
        return;
      default:
        if ("children" in node) {
          // Blocks are separated by a space; inline formatting joins its neighbours as written.
          const block = BLOCKS.has(node.type);
          if (block) parts.push(" ");
          for (const child of node.children) walk(child as Content);
          if (block) parts.push(" ");
        } else {
          b.report(node, `<${owner}>`, `takes plain text: remove the ${node.type}`);
        }
    }
  };
  for (const node of nodes) walk(node);
  return parts.join("").replace(/\s+/g, " ").trim();
}
