import { closest } from "../../yaml-validator.ts";
import type { LessonBuilder } from "../lesson-builder.ts";
import { CALLOUT_KINDS, type CalloutKind, type LessonBlock } from "../lesson-document.ts";
import { childBlocks, hasContent } from "./tag-content.ts";
import { readProps, requireProp, type JsxElement, type PropSpec } from "./tag-props.ts";

const CALLOUT_PROPS: Record<string, PropSpec> = {
  type: { type: "text", example: `type="${CALLOUT_KINDS.join("|")}"` },
  title: { type: "text", example: 'title="Why it matters"' },
};

/** `<Callout type="tip" title="…">Markdown</Callout>`: a boxed aside. */
export const calloutTag = {
  block(el: JsxElement, b: LessonBuilder): LessonBlock | undefined {
    const props = readProps(el, CALLOUT_PROPS, b);
    const children = childBlocks(el, b);
    if (!hasContent(el)) b.report(el, "<Callout>", "is empty: write its text between <Callout …> and </Callout>");
    if (!requireProp(el, props, "type", CALLOUT_PROPS.type!, b)) return undefined;
    const kind = props.type as string;
    if (!(CALLOUT_KINDS as readonly string[]).includes(kind)) {
      const guess = closest(kind, CALLOUT_KINDS);
      const at = el.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === "type") ?? el;
      b.report(at, "<Callout> type", `unknown callout type "${kind}"; ${guess ? `did you mean "${guess}"? ` : ""}Types: ${CALLOUT_KINDS.join(", ")}`);
      return undefined;
    }
    const title = typeof props.title === "string" ? { title: props.title } : {};
    return { type: "callout", kind: kind as CalloutKind, ...title, children };
  },
};

/** `<Discussion>` with Markdown inside, usually a list of open questions for the class. */
export const discussionTag = {
  block(el: JsxElement, b: LessonBuilder): LessonBlock | undefined {
    readProps(el, {}, b);
    const children = childBlocks(el, b);
    if (!hasContent(el)) {
      b.report(el, "<Discussion>", "is empty: list the questions for the class inside it, one per line starting with -");
      return undefined;
    }
    return { type: "discussion", children };
  },
};
