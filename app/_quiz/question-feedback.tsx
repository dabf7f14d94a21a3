import { answerText } from "./answer-mode.ts";
import type { PlayerQuestion } from "./quiz-types.ts";

/**
 * The feedback after checking: right or not, the answer, the explanation and
 * the source sentences with links. Only a teacher's question can have no
 * source sentence (when its `source` was left out); it says so instead.
 */
export function Feedback({ question, correct }: { question: PlayerQuestion; correct: boolean }) {
  return (
    <div className={`qz-feedback ${correct ? "qz-feedback-right" : "qz-feedback-wrong"}`}>
      <p className="qz-verdict">{correct ? "✓ Right." : "✗ Not quite."}</p>
      {correct ? null : (
        <p>
          <strong>Answer:</strong> {answerText(question)}
        </p>
      )}
      <p>{question.explanation}</p>
      {/* Four sentences are enough to show where an answer comes from without burying the next question. */}
      {question.links.length === 0 ? <p className="qz-teacher-note">Your teacher wrote this question.</p> : null}
      {question.links.slice(0, 4).map((link) => (
        <blockquote key={link.href + link.text} className="qz-source">
          <p>{link.text}</p>
          <footer>
            <a href={link.href}>Read it in {link.label}</a>
          </footer>
        </blockquote>
      ))}
    </div>
  );
}
