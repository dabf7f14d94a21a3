import type { LessonBuilder } from "../lesson-builder.ts";
import type { LessonBlock, LessonInline } from "../lesson-document.ts";
import type { JsxElement } from "./tag-props.ts";

/**
 * One component of the lesson vocabulary: how its tag becomes typed data.
 * A component with `block` may stand on its own line (or alone in a
 * paragraph); one with `inline` may stand inside a sentence. Each converter
 * reports its own problems and returns undefined when the tag is unusable.
 */
export interface ComponentSpec {
  block?(el: JsxElement, b: LessonBuilder): LessonBlock | undefined;
  inline?(el: JsxElement, b: LessonBuilder): LessonInline | undefined;
  /** The tag this one belongs inside (`<Choice>` in `<Question>`); it is read there, never on its own. */
  parent?: string;
}
