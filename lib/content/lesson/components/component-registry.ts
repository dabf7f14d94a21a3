import { closest } from "../../yaml-validator.ts";
import type { LessonBuilder } from "../lesson-builder.ts";
import type { LessonBlock, LessonInline } from "../lesson-document.ts";
import { calloutTag, discussionTag } from "./callout-tags.ts";
import { clozeTag } from "./cloze-tag.ts";
import type { ComponentSpec } from "./component-spec.ts";
import { peopleTag, placesTag, sourcesCompareTag, timelineTag } from "./fact-section-tags.ts";
import { choiceTag, questionTag } from "./question-tag.ts";
import { quizTag } from "./quiz-tag.ts";
import { quoteTag } from "./quote-tag.ts";
import type { JsxElement } from "./tag-props.ts";
import { trueFalseTag } from "./true-false-tag.ts";
import { vocabularyTag } from "./vocabulary-tag.ts";

/** The lesson vocabulary: every tag a lesson may use, by name. */
export const COMPONENTS: Readonly<Record<string, ComponentSpec>> = {
  Quiz: quizTag,
  Question: questionTag,
  Choice: choiceTag,
  TrueFalse: trueFalseTag,
  Cloze: clozeTag,
  Quote: quoteTag,
  Timeline: timelineTag,
  People: peopleTag,
  Places: placesTag,
  SourcesCompare: sourcesCompareTag,
  Vocabulary: vocabularyTag,
  Callout: calloutTag,
  Discussion: discussionTag,
};

/** Component names, as listed in messages. */
export const COMPONENT_NAMES = Object.keys(COMPONENTS);

/** Whether a tag is a component that stands as a block (so a paragraph holding only it is that block). */
export function isBlockComponent(el: JsxElement): boolean {
  return Boolean(el.name && COMPONENTS[el.name]?.block);
}

/** Converts a tag where a block stands; unknown tags and misplaced ones are reported. */
export function componentBlock(el: JsxElement, b: LessonBuilder): LessonBlock | undefined {
  const spec = known(el, b);
  if (!spec) return undefined;
  if (spec.block) return spec.block(el, b);
  if (spec.inline) {
    // An inline-only tag on its own line still reads well as a paragraph of one.
    const inline = spec.inline(el, b);
    return inline ? { type: "paragraph", children: [inline] } : undefined;
  }
  return undefined;
}

/** Converts a tag inside a sentence; a block component there is reported. */
export function componentInline(el: JsxElement, b: LessonBuilder): LessonInline | undefined {
  const spec = known(el, b);
  if (!spec) return undefined;
  if (spec.inline) return spec.inline(el, b);
  if (spec.block) b.report(el, `<${el.name}>`, `is a block, not part of a sentence: put it on its own line, with a blank line before and after`);
  return undefined;
}

function known(el: JsxElement, b: LessonBuilder): ComponentSpec | undefined {
  const name = el.name;
  const list = COMPONENT_NAMES.join(", ");
  if (!name) {
    b.report(el, "<>", `fragments <>…</> are not needed in a lesson: remove the <> and </>`);
    return undefined;
  }
  const spec = COMPONENTS[name];
  if (spec?.parent) {
    b.report(el, `<${name}>`, `belongs inside <${spec.parent}>: move it there`);
    return undefined;
  }
  if (spec) return spec;
  if (/^[a-z]/.test(name) && !name.includes(".")) {
    const guess = closest(name, COMPONENT_NAMES);
    const hint = guess ? `did you mean <${guess}>? ` : "";
    b.report(el, `<${name}>`, `HTML tags are not part of lessons: use Markdown or one of the components; ${hint}Components: ${list}`);
    return undefined;
  }
  const guess = closest(name, COMPONENT_NAMES);
  b.report(el, `<${name}>`, `unknown component; ${guess ? `did you mean <${guess}>? ` : ""}Components: ${list}`);
  return undefined;
}
