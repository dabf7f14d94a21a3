import Link from "next/link";
import type { LessonInline } from "@/lib/content/lesson/lesson-document.ts";

/** Inline Markdown of a hand-written lesson, rendered as React text: lesson text is data, never HTML. */
export function Inlines({ nodes }: { nodes: readonly LessonInline[] }) {
  return (
    <>
      {nodes.map((node, index) => (
        <Inline key={index} node={node} />
      ))}
    </>
  );
}

function Inline({ node }: { node: LessonInline }) {
  switch (node.type) {
    case "text":
      return <>{node.value}</>;
    case "emphasis":
      return (
        <em>
          <Inlines nodes={node.children} />
        </em>
      );
    case "strong":
      return (
        <strong>
          <Inlines nodes={node.children} />
        </strong>
      );
    case "code":
      return <code>{node.value}</code>;
    case "break":
      return <br />;
    case "link":
      // Internal links were checked against the site's pages when the lesson was loaded.
      return node.href.startsWith("/") ? (
        <Link href={node.href}>
          <Inlines nodes={node.children} />
        </Link>
      ) : (
        <a href={node.href} rel="noopener noreferrer">
          <Inlines nodes={node.children} />
        </a>
      );
    case "vocabulary":
      return (
        <dfn className="vocab-inline" title={plainText(node.definition)}>
          {node.term}
          <span className="vocab-definition">
            {" "}
            (<Inlines nodes={node.definition} />)
          </span>
        </dfn>
      );
  }
}

/** Inline nodes as plain text, for attributes such as a definition's tooltip. */
export function plainText(nodes: readonly LessonInline[]): string {
  return nodes
    .map((node) => {
      if (node.type === "text" || node.type === "code") return node.value;
      if (node.type === "break") return " ";
      if (node.type === "vocabulary") return node.term;
      return plainText(node.children);
    })
    .join("");
}
