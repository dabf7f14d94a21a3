import { hash } from "../../../extract/fact-id.ts";
import { foldText } from "../../../story/text-fold.ts";
import { isSlug } from "../../slug.ts";
import type { LessonBuilder } from "../lesson-builder.ts";
import type { LessonBlock, TeacherQuestion } from "../lesson-document.ts";
import type { JsxElement, PropSpec, PropValues } from "./tag-props.ts";

/** Props every question tag takes. */
export const QUESTION_PROPS: Record<string, PropSpec> = {
  id: { type: "text", example: 'id="who-spoke-first"' },
  explanation: { type: "text", example: 'explanation="Macron said it in Paris."' },
  source: { type: "text", example: 'source="words from the article"' },
};

/**
 * A question's stable id: `<lesson>-q-<8 hex digits>` from its kind and
 * prompt, so it survives edits around it (stored progress and printed keys
 * keep pointing at it); rewording the prompt makes it a new question.
 */
export function teacherQuestionId(lessonSlug: string, kind: TeacherQuestion["kind"], prompt: string): string {
  // `hash` is FNV-1a 32 bit in base 36; hex is what the id format promises.
  const hex = Number.parseInt(hash(`${kind}\u0000${foldText(prompt)}`), 36).toString(16).padStart(8, "0");
  return `${lessonSlug}-q-${hex}`;
}

/**
 * Adds a checked question to the lesson and returns its block. The id is the
 * `id` prop when given (a slug, unique in the lesson); two questions with the
 * same prompt are an error, since a student could not tell them apart.
 */
export function addQuestion(
  el: JsxElement,
  props: PropValues,
  question: Omit<TeacherQuestion, "id" | "line" | "explanation" | "source">,
  b: LessonBuilder,
): LessonBlock | undefined {
  const tag = `<${el.name}>`;
  const line = b.line(el);
  const key = foldText(question.prompt);
  const same = b.prompts.get(key);
  if (same !== undefined) {
    b.report(el, tag, `asks the same as the question on line ${same}: change one prompt or remove one`);
    return undefined;
  }
  b.prompts.set(key, line);
  let id = teacherQuestionId(b.slug, question.kind, question.prompt);
  if (typeof props.id === "string") {
    if (!isSlug(props.id)) {
      b.report(el, `${tag} id`, `expected a slug like id="who-spoke-first" (lowercase words joined by hyphens), got "${props.id}"`);
      return undefined;
    }
    id = props.id;
  }
  const taken = b.questions.find((q) => q.id === id);
  if (taken) {
    b.report(el, `${tag} id`, `"${id}" is the id of the question on line ${taken.line} too: ids must be unique in a lesson`);
    return undefined;
  }
  const explanation = typeof props.explanation === "string" ? { explanation: props.explanation } : {};
  const source = typeof props.source === "string" ? { source: props.source } : {};
  b.questions.push({ id, ...question, ...explanation, ...source, line });
  return { type: "question", index: b.questions.length - 1 };
}
