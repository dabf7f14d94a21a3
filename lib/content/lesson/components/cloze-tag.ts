import type { PhrasingContent } from "mdast";
import type { LessonBuilder } from "../lesson-builder.ts";
import type { LessonBlock } from "../lesson-document.ts";
import { plainText } from "./tag-content.ts";
import { addQuestion, QUESTION_PROPS } from "./teacher-question.ts";
import { readProps, type JsxElement } from "./tag-props.ts";

/** How a teacher's cloze prompt shows its blank (five underscores, as `TeacherQuestion` documents). */
export const CLOZE_BLANK = "_____";

const BLANK = /\[([^[\]]*)\]/g;
const EXAMPLE = "The call lasted about [an hour|one hour].";

/**
 * `<Cloze>The call lasted about [an hour|one hour].</Cloze>`: a sentence with
 * one blank in square brackets; `|` separates the forms accepted, the first
 * being the answer shown in the key.
 */
export const clozeTag = {
  block(el: JsxElement, b: LessonBuilder): LessonBlock | undefined {
    const props = readProps(el, QUESTION_PROPS, b);
    const text = plainText(el.children as PhrasingContent[], b, "Cloze");
    const blanks = [...text.matchAll(BLANK)];
    if (!text) {
      b.report(el, "<Cloze>", `has no sentence: write one with its blank in square brackets, like <Cloze>${EXAMPLE}</Cloze>`);
      return undefined;
    }
    if (blanks.length !== 1) {
      const what = blanks.length ? `has ${blanks.length} blanks` : "has no blank";
      b.report(el, "<Cloze>", `${what}: a cloze has exactly one, the answer in square brackets, like ${EXAMPLE}`);
      return undefined;
    }
    const blank = blanks[0]!;
    const accepted = blank[1]!.split("|").map((form) => form.trim()).filter(Boolean);
    if (!accepted.length) {
      b.report(el, "<Cloze>", "the blank [] is empty: write the answer inside it, and other accepted forms after |");
      return undefined;
    }
    const prompt = `${text.slice(0, blank.index)}${CLOZE_BLANK}${text.slice(blank.index + blank[0].length)}`;
    return addQuestion(el, props, { kind: "cloze", prompt, answer: accepted[0]!, accepted }, b);
  },
};
