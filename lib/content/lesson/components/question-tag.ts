import type { PhrasingContent, RootContent } from "mdast";
import { foldText } from "../../../story/text-fold.ts";
import type { LessonBuilder } from "../lesson-builder.ts";
import type { LessonBlock } from "../lesson-document.ts";
import { plainText } from "./tag-content.ts";
import { addQuestion, QUESTION_PROPS } from "./teacher-question.ts";
import { readProps, type JsxElement, type PropSpec } from "./tag-props.ts";

const PROPS: Record<string, PropSpec> = { ...QUESTION_PROPS, multiple: { type: "boolean", example: "multiple" } };
const CHOICE_PROPS: Record<string, PropSpec> = { correct: { type: "boolean", example: "correct" } };

const COUNT_WORDS = ["no", "one", "two", "three", "four", "five", "six"];

/**
 * `<Question>` with its prompt as text and `<Choice correct>` children: a
 * multiple-choice question. One correct choice is the answer; several need
 * `multiple`, so a stray `correct` never turns a question into "pick all".
 */
export const questionTag = {
  block(el: JsxElement, b: LessonBuilder): LessonBlock | undefined {
    const props = readProps(el, PROPS, b);
    const choices: { text: string; correct: boolean; el: JsxElement }[] = [];
    const rest = withoutChoices(el.children as (RootContent | PhrasingContent)[], (choice) => {
      const choiceProps = readProps(choice, CHOICE_PROPS, b);
      const text = plainText(choice.children as PhrasingContent[], b, "Choice");
      if (!text) b.report(choice, "<Choice>", "is empty: write the choice between <Choice> and </Choice>");
      else choices.push({ text, correct: choiceProps.correct === true, el: choice });
    });
    const prompt = plainText(rest, b, "Question");
    let ok = true;
    const fail = (message: string, field = "<Question>") => {
      b.report(el, field, message);
      ok = false;
    };
    if (!prompt) fail("has no question: write the question text inside the tag, before the first <Choice>");
    if (choices.length < 2) fail(`has ${COUNT_WORDS[choices.length]} choice${choices.length === 1 ? "" : "s"}: add at least two <Choice>…</Choice> lines inside it`);
    const seen = new Map<string, string>();
    for (const choice of choices) {
      const key = foldText(choice.text);
      if (seen.has(key)) {
        b.report(choice.el, "<Choice>", `"${choice.text}" is a choice twice: remove one or reword it`);
        ok = false;
      }
      seen.set(key, choice.text);
    }
    const correct = choices.filter((c) => c.correct).map((c) => c.text);
    if (choices.length >= 2 && correct.length === 0) fail("no choice is marked correct: write <Choice correct>…</Choice> for the right answer");
    if (correct.length > 1 && props.multiple !== true) {
      fail(`${COUNT_WORDS[correct.length] ?? correct.length} choices are marked correct; mark one, or add \`multiple\` (<Question multiple>) if several are right`);
    }
    if (!ok) return undefined;
    const answer = props.multiple === true ? correct : correct[0]!;
    return addQuestion(el, props, { kind: "choice", prompt, choices: choices.map((c) => c.text), answer }, b);
  },
};

/** `<Choice>` is read by `<Question>`; on its own it is a mistake the registry reports. */
export const choiceTag = { parent: "Question" };

/**
 * The children without their `<Choice>` tags, which go to `onChoice`.
 * Choices may stand on their own lines (flow) or run on from the prompt's
 * paragraph (text), as MDX parses them either way.
 */
function withoutChoices(
  nodes: readonly (RootContent | PhrasingContent)[],
  onChoice: (choice: JsxElement) => void,
): (RootContent | PhrasingContent)[] {
  const out: (RootContent | PhrasingContent)[] = [];
  for (const node of nodes) {
    if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name === "Choice") {
      onChoice(node);
    } else if (node.type === "paragraph") {
      out.push({ ...node, children: withoutChoices(node.children, onChoice) as PhrasingContent[] });
    } else {
      out.push(node);
    }
  }
  return out;
}
