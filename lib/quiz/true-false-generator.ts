import { replaceInClause } from "./clause-blank.ts";
import { pickDistractors } from "./distractor-picker.ts";
import { formatNumber, nearbyNumbers } from "./number-format.ts";
import type { UsableNumber } from "./number-pool.ts";
import { placeDistractors } from "./place-candidates.ts";
import type { UsablePlace } from "./place-pool.ts";
import { questionId } from "./question-id.ts";
import type { Evidence, Question } from "./question-schema.ts";
import type { QuizContext } from "./quiz-context.ts";
import type { SettledQuote } from "./quote-pool.ts";
import { speakerDistractors } from "./speaker-candidates.ts";

/** One statement: as reported, or with one element swapped for a distractor. */
interface Statement {
  factIds: string[];
  evidence: Evidence;
  reported: string;
  swapped: string | null;
  swapNote: string;
}

/**
 * "True or false: …" over settled quotes (speaker swapped), places (another
 * place of the same kind) and numbers (a nearby value). Whether a statement
 * is shown true or false is drawn from the question seed, so versions A and
 * B of a quiz ask the same thing.
 */
export function trueFalseQuestions(
  context: QuizContext,
  quotes: readonly SettledQuote[],
  places: readonly UsablePlace[],
  numbers: readonly UsableNumber[],
): Question[] {
  const statements = [
    ...quotes.filter((q) => q.fact.kind === "full").map((q) => quoteStatement(context, q)),
    ...places.filter((p) => readsAsStatement(p.clause.text)).map((p) => placeStatement(context, p)),
    ...numbers.filter((n) => readsAsStatement(n.clause.text)).map((n) => numberStatement(context, n)),
  ];
  return statements.map((s) => {
    const id = questionId("true-false", s.factIds);
    const truth = s.swapped === null || context.random(`${id}:truth`).next() < 0.5;
    return {
      id,
      kind: "true-false",
      prompt: `True or false, according to ${context.sourceLabel(s.evidence.article)}: ${truth ? s.reported : s.swapped}`,
      choices: ["True", "False"],
      answer: truth ? "True" : "False",
      explanation: truth ? "The statement is exactly what the article reports." : `False: ${s.swapNote}`,
      evidence: s.evidence,
      difficulty: truth ? 1 : 2,
      factIds: s.factIds,
    };
  });
}

function quoteStatement(context: QuizContext, q: SettledQuote): Statement {
  const id = questionId("true-false", [q.group.id]);
  const [other] = speakerDistractors(context, q, 1, id);
  return {
    factIds: [q.group.id],
    evidence: q.evidence,
    reported: `${q.speaker} said “${q.text}”`,
    swapped: other ? `${other} said “${q.text}”` : null,
    swapNote: `the article credits these words to ${q.speaker}, not ${other}.`,
  };
}

function placeStatement(context: QuizContext, p: UsablePlace): Statement {
  const id = questionId("true-false", [p.storyPlaceId]);
  const [other] = placeDistractors(context, p, 1, id);
  return {
    factIds: [p.storyPlaceId, p.factId],
    evidence: p.evidence,
    reported: sentence(p.clause.text),
    swapped: other ? sentence(replaceInClause(p.clause, p.mention.start, p.mention.end, other)) : null,
    swapNote: `the article names ${p.mention.text} here, not ${other}.`,
  };
}

function numberStatement(context: QuizContext, n: UsableNumber): Statement {
  const id = questionId("true-false", [n.storyNumberId]);
  const format = (v: number) => formatNumber(v, n.spelled);
  const [other] = pickDistractors(context, {
    answers: [format(n.value)],
    forbidden: n.forbidden.map(format),
    fromStory: nearbyNumbers(n.value).map(format),
    count: 1,
    random: context.random(id),
  });
  return {
    factIds: [n.storyNumberId, n.fact.id],
    evidence: n.evidence,
    reported: sentence(n.clause.text),
    swapped: other ? sentence(replaceInClause(n.clause, n.figure.start, n.figure.end, other)) : null,
    swapNote: `the article gives “${n.figure.text}”, not “${other}”.`,
  };
}

/**
 * Whether a clause can stand alone as a claim: it opens its sentence with a
 * capital and not with a linking word. "as well as a suspension of aid" or
 * "and each week results in…" are pieces of a sentence, and a student
 * cannot judge a piece true or false.
 */
export function readsAsStatement(text: string | null): boolean {
  const t = (text ?? "").trim();
  return /^[\p{Lu}\d“"]/u.test(t) && !/^(?:And|But|Or|As well as|Which|Where|While|Who|Whose|When|Although|Though|Because|If|So|Then|Adding|Saying)\b/u.test(t) && t.split(/\s+/).length >= 5;
}

/** A clause shown as a statement: capitalised, tidy. */
function sentence(text: string | null): string {
  const t = (text ?? "").replace(/\s+/g, " ").trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}
