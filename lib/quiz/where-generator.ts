import { BLANK, replaceInClause } from "./clause-blank.ts";
import { placeDistractors } from "./place-candidates.ts";
import type { UsablePlace } from "./place-pool.ts";
import { questionId } from "./question-id.ts";
import type { Question } from "./question-schema.ts";
import type { QuizContext } from "./quiz-context.ts";

/** "Where? “… ____ …”": a clause with one place blanked, choices of the same kind of place. */
export function whereQuestions(context: QuizContext, places: readonly UsablePlace[]): Question[] {
  const out: Question[] = [];
  for (const place of places) {
    const prompt = replaceInClause(place.clause, place.mention.start, place.mention.end);
    if (!prompt?.includes(BLANK)) continue;
    const id = questionId("where", [place.storyPlaceId]);
    const wrong = placeDistractors(context, place, 3, id);
    if (wrong.length < 2) continue;
    out.push({
      id,
      kind: "where",
      prompt: `Where? Fill the blank: “${prompt}”`,
      choices: [place.name, ...wrong],
      answer: place.name,
      explanation: `The sentence names ${place.mention.text === place.name ? place.name : `“${place.mention.text}” (${place.name})`} here.`,
      evidence: place.evidence,
      difficulty: place.kind === "country" ? 1 : 2,
      factIds: [place.storyPlaceId, place.factId],
    });
  }
  return out;
}
