import { answerHint } from "../../lib/quiz/answer-hint.ts";
import type { QuestionProps } from "./quiz-types.ts";

/**
 * A question answered by typing. Once checked the field is read-only rather
 * than disabled, so the learner's answer stays focusable and readable; the
 * view around it handles Enter.
 */
export function TypedQuestion({ question, idPrefix, heading, response, onChange, checked }: QuestionProps) {
  const hintId = `${idPrefix}-hint`;
  return (
    <div className="qz-question">
      <p id={`${idPrefix}-num`} className="qz-qnum">
        {heading}
      </p>
      <label htmlFor={`${idPrefix}-typed`} className="qz-prompt" id={`${idPrefix}-prompt`}>
        {question.prompt}
      </label>
      <p id={hintId} className="qz-hint">
        {answerHint(question)} Spelling is read leniently.
      </p>
      <input
        id={`${idPrefix}-typed`}
        className="qz-text"
        type="text"
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        maxLength={1000}
        aria-describedby={hintId}
        value={typeof response === "string" ? response : ""}
        readOnly={checked}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
