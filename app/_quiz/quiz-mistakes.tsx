import { Feedback } from "./question-feedback.tsx";
import type { PlayerQuestion } from "./quiz-types.ts";
import type { Checked } from "./use-quiz-answers.ts";

/** The questions missed, each with what the learner answered and the full feedback; shown from the score on demand. */
export function QuizMistakes({ id, hidden, mistakes, checked }: { id: string; hidden: boolean; mistakes: PlayerQuestion[]; checked: Record<string, Checked> }) {
  return (
    <div id={id} hidden={hidden}>
      <h3>Your mistakes</h3>
      <ol className="qz-mistakes">
        {mistakes.map((q) => {
          const given = checked[q.id]!.response;
          return (
            <li key={q.id}>
              <p className="qz-prompt">{q.prompt}</p>
              <p>
                <strong>You answered:</strong> {Array.isArray(given) ? given.join("; ") : given}
              </p>
              <Feedback question={q} correct={false} />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
