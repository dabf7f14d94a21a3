import type { LessonBuilder } from "../lesson-builder.ts";
import type { LessonBlock, LessonInline } from "../lesson-document.ts";
import { childBlocks, hasContent } from "./tag-content.ts";
import { readProps, requireProp, type JsxElement, type PropSpec, type PropValues } from "./tag-props.ts";

const PROPS: Record<string, PropSpec> = { term: { type: "text", example: 'term="ceasefire"' } };

/**
 * `<Vocabulary term="ceasefire">a pause in fighting</Vocabulary>`: inside a
 * sentence, the term with its definition on hover or focus; on its own
 * line, a glossary entry.
 */
export const vocabularyTag = {
  block(el: JsxElement, b: LessonBuilder): LessonBlock | undefined {
    const term = checked(el, b);
    return term === undefined ? undefined : { type: "vocabulary", term, definition: childBlocks(el, b) };
  },
  inline(el: JsxElement, b: LessonBuilder): LessonInline | undefined {
    const term = checked(el, b);
    return term === undefined ? undefined : { type: "vocabulary", term, definition: b.inlines(el.type === "mdxJsxTextElement" ? el.children : []) };
  },
};

function checked(el: JsxElement, b: LessonBuilder): string | undefined {
  const props: PropValues = readProps(el, PROPS, b);
  const hasTerm = requireProp(el, props, "term", PROPS.term!, b);
  if (!hasContent(el)) {
    b.report(el, "<Vocabulary>", `has no definition: write it between the tags, like <Vocabulary term="ceasefire">a pause in fighting</Vocabulary>`);
    return undefined;
  }
  return hasTerm ? (props.term as string) : undefined;
}
