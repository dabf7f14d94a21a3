/**
 * The legend of a question's fieldset: its number, then its prompt. The
 * number has an id so the all-on-one-page view can name each question's
 * form by it alone ("Question 3 of 20"), without repeating the prompt.
 */
export function QuestionLegend({ idPrefix, heading, prompt }: { idPrefix: string; heading: string; prompt: string }) {
  return (
    <legend>
      <span id={`${idPrefix}-num`} className="qz-qnum">
        {heading}
      </span>
      <span id={`${idPrefix}-prompt`} className="qz-prompt">
        {prompt}
      </span>
    </legend>
  );
}
