import type { QuestionProps } from "./quiz-types.ts";

/** What kind of answer to type, by the question's answer type. */
const TYPED_HINT: Record<string, string> = {
  name: "A name; the surname alone is enough.",
  date: "A date, such as 18 March 2025.",
  number: "A number, in figures or words.",
  term: "One word.",
};

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
        {TYPED_HINT[question.answerType ?? "term"] ?? "Type your answer."} Spelling is read leniently.
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
