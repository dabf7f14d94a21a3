import type { PhrasingContent } from "mdast";
import type { LessonBuilder } from "../lesson-builder.ts";
import type { LessonBlock } from "../lesson-document.ts";
import { plainText } from "./tag-content.ts";
import { addQuestion, QUESTION_PROPS } from "./teacher-question.ts";
import { readProps, requireProp, type JsxElement, type PropSpec } from "./tag-props.ts";

const PROPS: Record<string, PropSpec> = { ...QUESTION_PROPS, answer: { type: "boolean", example: "answer={true}" } };

/** `<TrueFalse answer={false}>statement</TrueFalse>`: a statement students judge true or false. */
export const trueFalseTag = {
  block(el: JsxElement, b: LessonBuilder): LessonBlock | undefined {
    const props = readProps(el, PROPS, b);
    const prompt = plainText(el.children as PhrasingContent[], b, "TrueFalse");
    // `answer` alone would read as true; the answer must be written out so a slip cannot flip the key.
    const bare = el.attributes.some((a) => a.type === "mdxJsxAttribute" && a.name === "answer" && (a.value === null || a.value === undefined));
    if (bare) {
      b.report(el, "<TrueFalse> answer", "write the answer out: answer={true} or answer={false}");
      return undefined;
    }
    const hasAnswer = requireProp(el, props, "answer", PROPS.answer!, b);
    if (!prompt) b.report(el, "<TrueFalse>", "has no statement: write it between <TrueFalse answer={true}> and </TrueFalse>");
    if (!hasAnswer || !prompt) return undefined;
    return addQuestion(el, props, { kind: "true-false", prompt, choices: ["True", "False"], answer: props.answer ? "True" : "False" }, b);
  },
};
