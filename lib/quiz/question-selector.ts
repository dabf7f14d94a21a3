import { QUESTION_KINDS, type Question, type QuestionKind } from "./question-schema.ts";
import type { Random } from "./seeded-random.ts";

/**
 * Chooses `count` questions from the candidates, dealing kinds in turn so
 * that every kind is represented before any kind gets a second question.
 * Within a kind, candidates come in seeded order, and a question resting on
 * a fact or a source sentence already asked about waits until nothing
 * fresher is left: a quiz that asks who said a quote should not also ask for
 * the speaker's surname, nor blank two words of the same sentence.
 */
export function selectQuestions(candidates: readonly Question[], count: number, random: Random): Question[] {
  const byKind = new Map<QuestionKind, Question[]>();
  for (const kind of QUESTION_KINDS) {
    const ofKind = candidates.filter((q) => q.kind === kind).sort((a, b) => (a.id < b.id ? -1 : 1));
    byKind.set(kind, random.shuffle(ofKind));
  }
  const chosen: Question[] = [];
  const usedFacts = new Set<string>();
  const usedSentences = new Set<string>();
  const sentenceOf = (q: Question) => `${q.evidence.article}:${q.evidence.start}`;
  const fresh = (q: Question) => !usedFacts.has(q.factIds[0]!) && !usedSentences.has(sentenceOf(q));
  // The first round may repeat a fact so that no kind is left out; later rounds take fresh facts first.
  for (const phase of ["first", "fresh", "repeat"] as const) {
    let progress = true;
    while (chosen.length < count && progress) {
      progress = false;
      for (const kind of QUESTION_KINDS) {
        if (chosen.length >= count) break;
        const queue = byKind.get(kind)!;
        let at = queue.findIndex((q) => phase === "repeat" || fresh(q));
        if (at < 0 && phase === "first") at = 0;
        if (at < 0 || !queue.length) continue;
        const [question] = queue.splice(at, 1);
        chosen.push(question!);
        usedFacts.add(question!.factIds[0]!);
        usedSentences.add(sentenceOf(question!));
        progress = phase !== "first";
      }
    }
  }
  return chosen;
}
