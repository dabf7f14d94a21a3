import type { QuestionKind } from "../../../quiz/question-schema.ts";
import { closest } from "../../yaml-validator.ts";
import { GENERATED_KINDS } from "../generated-kinds.ts";
import type { LessonBuilder } from "../lesson-builder.ts";
import type { LessonBlock, LessonQuizSettings } from "../lesson-document.ts";
import { hasContent } from "./tag-content.ts";
import { readProps, type JsxElement, type PropSpec } from "./tag-props.ts";

const QUIZ_PROPS: Record<string, PropSpec> = {
  count: { type: "integer", example: "count={12}", min: 1, max: 60 },
  kinds: { type: "text-list", example: 'kinds={["who-said","when"]}' },
  seed: { type: "integer", example: "seed={3}", min: 1, max: 1_000_000 },
  order: { type: "text", example: 'order="story"' },
};

/**
 * `<Quiz count={12} kinds={["who-said","when"]} seed={3} />`: where the quiz
 * card goes. Its props override the frontmatter's `quiz:` one by one; a
 * lesson has at most one, since it has one quiz.
 */
export const quizTag = {
  props: QUIZ_PROPS,
  block(el: JsxElement, b: LessonBuilder): LessonBlock | undefined {
    const props = readProps(el, QUIZ_PROPS, b);
    if (hasContent(el)) b.report(el, "<Quiz>", "takes no content: write it as <Quiz /> and set the quiz with its props");
    if (b.quizTag) {
      b.report(el, "<Quiz>", `a lesson has one quiz, and line ${b.quizTag.line} has its <Quiz> already: remove this one`);
      return undefined;
    }
    const settings: Partial<LessonQuizSettings> = {};
    if (typeof props.count === "number") settings.count = props.count;
    if (typeof props.seed === "number") settings.seed = props.seed;
    if (props.order !== undefined) {
      if (props.order === "story" || props.order === "shuffle") settings.order = props.order;
      else b.report(el, "<Quiz> order", `expected "story" or "shuffle", got ${JSON.stringify(props.order)}: write order="story" to ask the questions in the order of the story`);
    }
    if (Array.isArray(props.kinds)) {
      const kinds = checkKinds(props.kinds, el, b);
      if (kinds) settings.kinds = kinds;
    }
    b.quizTag = { line: b.line(el), settings };
    return { type: "quiz" };
  },
};

function checkKinds(kinds: string[], el: JsxElement, b: LessonBuilder): QuestionKind[] | undefined {
  const at = el.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === "kinds") ?? el;
  let ok = true;
  for (const kind of kinds) {
    if (GENERATED_KINDS.includes(kind)) continue;
    ok = false;
    const guess = closest(kind, GENERATED_KINDS);
    const why = kind === "choice" ? '"choice" questions are the ones you write with <Question>; they are always in the quiz. ' : "";
    const hint = guess && kind !== "choice" ? `did you mean "${guess}"? ` : "";
    b.report(at, "<Quiz> kinds", `unknown question kind "${kind}"; ${why}${hint}Kinds: ${GENERATED_KINDS.join(", ")}`);
  }
  if (new Set(kinds).size !== kinds.length) {
    b.report(at, "<Quiz> kinds", "lists a kind twice: list each once");
    ok = false;
  }
  return ok ? (kinds as QuestionKind[]) : undefined;
}
