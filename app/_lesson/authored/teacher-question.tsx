import type { TeacherQuestion } from "@/lib/content/lesson/lesson-document.ts";

const LETTERS = "ABCDEFGHIJ";

/**
 * A hand-written question where the teacher put it in the lesson: the
 * prompt and choices to think about, the answer behind a disclosure (no
 * script needed). The same question is scored in the lesson's quiz.
 */
export function TeacherQuestionBlock({ question, number }: { question: TeacherQuestion; number: number }) {
  const answers = Array.isArray(question.answer) ? question.answer : [question.answer];
  return (
    <section className="teacher-question" aria-labelledby={`tq-${question.id}`}>
      <h3 id={`tq-${question.id}`}>Check yourself {number}</h3>
      <p className="teacher-question-prompt">{question.kind === "true-false" ? `True or false? ${question.prompt}` : question.prompt}</p>
      {question.choices && question.kind === "choice" ? (
        <ol className="teacher-question-choices">
          {question.choices.map((choice, index) => (
            <li key={choice}>
              <span className="choice-letter" aria-hidden="true">
                {LETTERS[index]}
              </span>{" "}
              {choice}
            </li>
          ))}
        </ol>
      ) : null}
      <details>
        <summary>Show the answer</summary>
        <p>
          <strong>{answers.length > 1 ? "Answers" : "Answer"}:</strong> {answers.join("; ")}
        </p>
        {question.explanation ? <p>{question.explanation}</p> : null}
      </details>
    </section>
  );
}
