import type { PhrasingContent } from "mdast";
import { componentInline } from "./components/component-registry.ts";
import type { LessonBuilder } from "./lesson-builder.ts";
import type { LessonInline } from "./lesson-document.ts";
import { classifyLink } from "./lesson-links.ts";
import { expressionMeaning, expressionMessage } from "./mdx-expression.ts";

/**
 * Converts Markdown inside a paragraph to lesson inlines: text, emphasis,
 * strong, code, links, line breaks and inline `<Vocabulary>`. Anything a
 * lesson cannot show (images, code expressions, HTML) is reported, never
 * dropped silently.
 */
export function toInlines(nodes: readonly PhrasingContent[], b: LessonBuilder): LessonInline[] {
  const out: LessonInline[] = [];
  const text = (value: string) => {
    const last = out[out.length - 1];
    // Comments and escapes split text nodes; one run of text is easier to render and to test.
    if (last?.type === "text") last.value += value;
    else if (value) out.push({ type: "text", value });
  };
  for (const node of nodes) {
    switch (node.type) {
      case "text":
        text(node.value);
        break;
      case "emphasis":
      case "strong":
        out.push({ type: node.type, children: toInlines(node.children, b) });
        break;
      case "inlineCode":
        out.push({ type: "code", value: node.value });
        break;
      case "break":
        out.push({ type: "break" });
        break;
      case "link":
      case "linkReference": {
        const href = node.type === "link" ? node.url : b.definitions.get(node.identifier);
        if (href === undefined) {
          // mdast makes a reference only when its definition exists; kept for safety.
          const label = node.type === "linkReference" ? (node.label ?? node.identifier) : "link";
          b.report(node, "link", `[${label}] has no address: add a line [${label}]: https://…`);
          break;
        }
        const checked = classifyLink(href, b.line(node));
        if ("error" in checked) b.report(node, "link", checked.error);
        else b.links.push(checked.link);
        out.push({ type: "link", href, children: toInlines(node.children, b) });
        break;
      }
      case "image":
      case "imageReference":
        b.report(node, "image", "images are not supported in lessons: describe the picture in words, or link to it with [text](https://…)");
        break;
      case "mdxTextExpression": {
        const meaning = expressionMeaning(node);
        if (meaning.kind === "text") text(meaning.value);
        else if (meaning.kind === "code") b.report(node, "", expressionMessage(node.value));
        break;
      }
      case "mdxJsxTextElement": {
        const inline = componentInline(node, b);
        if (inline) out.push(inline);
        break;
      }
      default:
        b.report(node, "", `${node.type} is not supported in lessons: use plain Markdown text, emphasis, links or a component`);
    }
  }
  return out;
}
