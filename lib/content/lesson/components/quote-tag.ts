import { tokenize } from "../../../story/text-fold.ts";
import type { LessonBuilder } from "../lesson-builder.ts";
import type { LessonBlock } from "../lesson-document.ts";
import { hasContent } from "./tag-content.ts";
import { readProps, requireProp, type JsxElement, type PropSpec } from "./tag-props.ts";

const PROPS: Record<string, PropSpec> = { match: { type: "text", example: 'match="The guns must fall silent"' } };

/** Fewer words than this would match many quotes (or the wrong one) as the story grows. */
export const MIN_MATCH_WORDS = 3;

/**
 * `<Quote match="The guns must fall silent" />`: a quote from the lesson's
 * articles, shown with its speaker and the outlets that carry it. The words
 * are looked up in the facts later (`checkLessonFacts`), so a lesson never
 * puts words in anyone's mouth.
 */
export const quoteTag = {
  block(el: JsxElement, b: LessonBuilder): LessonBlock | undefined {
    const props = readProps(el, PROPS, b);
    if (hasContent(el)) b.report(el, "<Quote>", 'takes no content: the words come from the article; write <Quote match="a few words of it" />');
    if (!requireProp(el, props, "match", PROPS.match!, b)) return undefined;
    const match = props.match as string;
    const words = tokenize(match).length;
    if (words < MIN_MATCH_WORDS) {
      b.report(el, "<Quote> match", `"${match}" is ${words} word${words === 1 ? "" : "s"}: give at least ${MIN_MATCH_WORDS} words of the quote, so it names one quote`);
      return undefined;
    }
    return { type: "quote", match, quoteId: "", line: b.line(el) };
  },
};
