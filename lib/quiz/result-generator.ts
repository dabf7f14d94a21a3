import { sentenceStarts } from "../extract/sentence-bounds.ts";
import { BLANK } from "./clause-blank.ts";
import { evidenceFor, quotedOutOfSight } from "./evidence.ts";
import { blankPassage } from "./passage.ts";
import { questionId } from "./question-id.ts";
import type { Question } from "./question-schema.ts";
import type { QuizContext } from "./quiz-context.ts";

/** "2-1", "5–2": two counts joined by a dash, not part of a longer figure, a date or a range of years. */
const SCORE = /(?<![\d.,/:–-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\d.,/:–-]|\s*(?:years?|months?|days?|weeks?|seasons?|hours?|minutes?|percent|%|p\.?m|a\.?m))/g;
/** Words that make a pair of counts a result: a match won or lost, a vote carried. */
const RESULT = /\b(?:beat|beats|won|win|wins|lost|lose|loses|defeated|defeat|defeats|drew|draw|tied|victory|vote|voted|votes|margin|score|scored|led|trailed|edged|thrashed|routed)\b/i;
const VOTE = /\b(?:vote|voted|votes|ballot|motion)\b/i;

/**
 * "What was the result? “… beat Charleston Tidewater ____ on Saturday …”":
 * a match score or a vote tally, the number that matters most in a sports
 * report or a council story. Wrong choices are results a reader could
 * mistake for it: a goal more or less for either side, or, for a vote, the
 * same number of votes split otherwise. Never the reversed score, which
 * some outlets print for the same result.
 */
export function resultQuestions(context: QuizContext): Question[] {
  const out: Question[] = [];
  for (const { slug } of context.story.articles) {
    const body = context.article(slug)?.body ?? "";
    const starts = [...sentenceStarts(body), body.length];
    let s = 0;
    for (const m of body.matchAll(SCORE)) {
      while (s + 1 < starts.length && starts[s + 1]! <= m.index) s++;
      const sentence = body.slice(starts[s], starts[s + 1]);
      if (!RESULT.test(sentence)) continue;
      // "Gorge State (20-6, 10-4 conference)": a record in brackets is an aside, not the result.
      const lead = body.slice(starts[s], m.index);
      if (lead.lastIndexOf("(") > lead.lastIndexOf(")")) continue;
      const [a, b] = [Number(m[1]), Number(m[2])];
      const evidence = evidenceFor(context, slug, m.index, m.index + m[0].length);
      if (!evidence || quotedOutOfSight(context, evidence, m.index, m.index + m[0].length)) continue;
      const passage = blankPassage(evidence, undefined, m.index, m.index + m[0].length);
      if (!passage?.includes(BLANK)) continue;
      const vote = VOTE.test(sentence);
      const dash = m[0].includes("–") ? "–" : "-";
      const show = ([x, y]: number[]) => `${x}${dash}${y}`;
      const wrong = context.random(`result:${slug}:${m.index}`).shuffle(alternatives(a, b, vote)).slice(0, 3).map(show);
      if (wrong.length < 2) continue;
      const answer = show([a, b]);
      out.push({
        id: questionId("result", [`result:${slug}:${evidence.start}`]),
        kind: "result",
        prompt: `What was the ${vote ? "vote" : "score"}? Fill the blank: “${passage}”`,
        choices: [answer, ...wrong],
        answer,
        explanation: `The article gives the ${vote ? "vote" : "score"} as ${answer}.`,
        evidence,
        difficulty: 1,
        factIds: [`result:${slug}:${evidence.start}`],
      });
    }
  }
  return out;
}

/** Results a reader could take for a-b: one more or less for either side (a vote keeps its total), never b-a. */
function alternatives(a: number, b: number, vote: boolean): number[][] {
  const candidates = vote
    ? [[a + 1, b - 1], [a - 1, b + 1], [a + 2, b - 2], [a - 2, b + 2]]
    : [[a + 1, b], [a, b + 1], [a - 1, b], [a, b - 1], [a + 1, b + 1]];
  // The winner stays ahead (a draw stays a draw-like result), and the reversed score is never offered.
  return candidates.filter(([x, y]) => x! >= 0 && y! >= 0 && (a > b ? x! > y! : a < b ? x! < y! : true) && !(x === b && y === a) && !(x === a && y === b));
}
