import type { Question, Quiz } from "./question-schema.ts";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/**
 * A quiz as plain text for the terminal or a printout: numbered questions
 * with lettered choices, and the key, with explanations and sources, at the
 * end so the sheet can be handed out without it.
 */
export function formatQuizText(quiz: Quiz): string {
  const body = quiz.questions.map((q, i) => `${i + 1}. [${q.kind}] ${q.prompt}\n${formatChoices(q)}`).join("\n");
  const key = quiz.questions.map((q, i) => `${i + 1}. ${formatKey(q)}\n   ${q.explanation}\n   Source: ${q.evidence.outlet ?? q.evidence.article}, chars ${q.evidence.start}–${q.evidence.end}`).join("\n");
  return `Quiz: ${quiz.story} (seed ${quiz.seed}, question set ${quiz.questionSeed}), ${quiz.questions.length} questions\n\n${body}\nKey\n${key}\n`;
}

function formatChoices(q: Question): string {
  if (q.kind === "match" && q.items && q.choices) {
    return `${q.choices.map((c, i) => `   ${LETTERS[i]}) ${c}`).join("\n")}\n`;
  }
  if (!q.choices) return "   Answer: ____________\n";
  return `${q.choices.map((c, i) => `   ${LETTERS[i]}) ${c}`).join("\n")}\n`;
}

function formatKey(q: Question): string {
  const letter = (answer: string) => (q.choices ? `${LETTERS[q.choices.indexOf(answer)]}) ` : "");
  if (q.kind === "match" && q.items && Array.isArray(q.answer)) {
    return q.items.map((item, i) => `(${i + 1}) ${item} → ${LETTERS[q.choices!.indexOf((q.answer as string[])[i]!)]}`).join("; ");
  }
  if (q.kind === "order" && Array.isArray(q.answer)) return (q.answer as string[]).map((a) => LETTERS[q.choices!.indexOf(a)]).join(", ");
  const answers = Array.isArray(q.answer) ? q.answer : [q.answer];
  return answers.map((a) => `${letter(a)}${a}`).join("; ");
}
