import { containsTokens, tokenize } from "../story/text-fold.ts";
import { namesCollide } from "./choice-fold.ts";
import { pickDistractors } from "./distractor-picker.ts";
import { capitalize, displayQuote } from "./passage.ts";
import { questionId } from "./question-id.ts";
import type { Question } from "./question-schema.ts";
import type { QuizContext } from "./quiz-context.ts";
import type { SettledQuote } from "./quote-pool.ts";

/**
 * "Which of these did X say?" One per speaker with a full settled quote; the
 * wrong choices are other speakers' settled quotes, never words anyone ever
 * credits to X, and never words overlapping the right quote.
 */
export function saidWhatQuestions(context: QuizContext, quotes: readonly SettledQuote[]): Question[] {
  const full = quotes.filter((q) => q.fact.kind === "full");
  const bySpeaker = new Map<string, SettledQuote[]>();
  for (const q of full) bySpeaker.set(q.speaker, [...(bySpeaker.get(q.speaker) ?? []), q]);
  const out: Question[] = [];
  for (const [speaker, own] of [...bySpeaker].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const id = questionId("said-what", own.map((q) => q.group.id));
    const random = context.random(id);
    const quote = own[random.int(own.length)]!;
    const others = full.filter((q) => !q.credited.some((name) => namesCollide(name, speaker)));
    const distractors = pickDistractors(context, {
      answers: own.map((q) => displayQuote(q.text)),
      // Every choice in the key's form: a fragment among whole sentences is picked by its look.
      fromStory: others.map((q) => displayQuote(q.text)).filter((t) => /^\p{Lu}/u.test(t) === /^\p{Lu}/u.test(displayQuote(quote.text))),
      collide: (a, b) => containsTokens(tokenize(a), tokenize(b)) || containsTokens(tokenize(b), tokenize(a)),
      count: 3,
      random,
    });
    if (distractors.length < 2) continue;
    out.push({
      id,
      kind: "said-what",
      prompt: `Which of these did ${speaker} say?`,
      choices: [displayQuote(quote.text), ...distractors],
      answer: displayQuote(quote.text),
      explanation: `${capitalize(context.sourceLabel(quote.evidence.article))} quotes ${speaker} saying these words; the others are other people's words from the same story.`,
      evidence: quote.evidence,
      difficulty: 2,
      factIds: [quote.group.id, ...quote.group.reports.map((r) => r.factId)],
    });
  }
  return out;
}
