import type { Heading, Paragraph, RootContent } from "mdast";
import { componentBlock, isBlockComponent } from "./components/component-registry.ts";
import { isBlank } from "./components/tag-content.ts";
import type { LessonBuilder } from "./lesson-builder.ts";
import type { LessonBlock } from "./lesson-document.ts";
import { expressionMeaning, expressionMessage } from "./mdx-expression.ts";

/**
 * Converts the lesson body (or a component's Markdown children) to blocks:
 * headings, paragraphs, lists, quotes, rules and code, plus the components.
 * Every node a lesson cannot show is reported where it stands.
 */
export function toBlocks(nodes: readonly RootContent[], b: LessonBuilder): LessonBlock[] {
  const out: LessonBlock[] = [];
  const push = (block: LessonBlock | undefined) => block && out.push(block);
  for (const node of nodes) {
    switch (node.type) {
      case "heading":
        push(heading(node, b));
        break;
      case "paragraph":
        out.push(...paragraph(node, b));
        break;
      case "list":
        out.push({ type: "list", ordered: node.ordered === true, items: node.children.map((item) => b.blocks(item.children)) });
        break;
      case "blockquote":
        out.push({ type: "blockquote", children: b.blocks(node.children) });
        break;
      case "thematicBreak":
        out.push({ type: "rule" });
        break;
      case "code":
        out.push({ type: "code", value: node.value });
        break;
      case "definition":
        // Read before conversion (`[label]: url`); it shows nothing where it stands.
        break;
      case "mdxjsEsm":
        b.report(
          node,
          node.value.trimStart().startsWith("export") ? "export" : "import",
          "lessons are data, not code: components are available by name; remove the import/export line",
        );
        break;
      case "mdxFlowExpression": {
        const meaning = expressionMeaning(node);
        if (meaning.kind === "text") out.push({ type: "paragraph", children: [{ type: "text", value: meaning.value }] });
        else if (meaning.kind === "code") b.report(node, "", expressionMessage(node.value));
        break;
      }
      case "mdxJsxFlowElement":
        push(componentBlock(node, b));
        break;
      default:
        b.report(node, "", `${node.type} is not supported in lessons: use Markdown headings, paragraphs, lists or a component`);
    }
  }
  return out;
}

function heading(node: Heading, b: LessonBuilder): LessonBlock | undefined {
  if (node.depth === 1) {
    b.report(node, "heading", "the title comes from the frontmatter's title:; start sections at ## (two #)");
    return undefined;
  }
  if (node.depth > 4) {
    b.report(node, "heading", `a lesson has headings ## to ####; this one has ${node.depth} #: use #### or fewer`);
    return undefined;
  }
  const children = b.inlines(node.children);
  if (!children.length) b.report(node, "heading", "is empty: write the heading's text after the #");
  return { type: "heading", depth: node.depth as 2 | 3 | 4, children };
}

/**
 * A paragraph that holds nothing but block components (`<Cloze>…</Cloze>`
 * written on one line parses as a paragraph) is those blocks; a Markdown
 * table, which MDX here reads as text, is reported rather than shown as pipes.
 */
function paragraph(node: Paragraph, b: LessonBuilder): LessonBlock[] {
  const shown = node.children.filter((child) => !isBlank(child));
  if (shown.length && shown.every((child) => child.type === "mdxJsxTextElement" && isBlockComponent(child))) {
    return shown.flatMap((child) => {
      const block = child.type === "mdxJsxTextElement" ? componentBlock(child, b) : undefined;
      return block ? [block] : [];
    });
  }
  const first = node.children[0];
  if (first?.type === "text" && /^\s*\|/.test(first.value) && /\n\s*\|?\s*:?-{3,}/.test(first.value)) {
    b.report(node, "table", "tables are not supported in lessons: use a list, or a heading with a paragraph per row");
    return [];
  }
  const children = b.inlines(node.children);
  return children.length ? [{ type: "paragraph", children }] : [];
}
