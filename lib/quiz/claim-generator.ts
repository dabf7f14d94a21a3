import { reportedClaims, type ReportedClaim } from "./attributed-statements.ts";
import { namesCollide } from "./choice-fold.ts";
import { evidenceFor } from "./evidence.ts";
import { capitalize, displayQuote } from "./passage.ts";
import { questionId } from "./question-id.ts";
import type { Question } from "./question-schema.ts";
import type { QuizArticle, QuizContext } from "./quiz-context.ts";
import { speakerPool } from "./speaker-candidates.ts";

/** The choice for a statement the article makes in its own voice. */
export const AS_FACT = "As a fact, in its own words";
const asClaimBy = (name: string) => `As a claim by ${name}`;

/**
 * "How does the article present this: “…”?" — as a claim by one of the
 * people it quotes, or as a fact in its own words. Built from the
 * attribution the article gives: reported speech with a named subject is
 * that person's claim, and the article's own voice is a wrong choice. The
 * reverse question (a narrated sentence keyed "fact") is not asked: judged
 * cold, plain narration is answered "fact" by pattern, without reading.
 * Needs two other people the story quotes, so the claimant is not the only
 * name on offer.
 */
export function claimQuestions(context: QuizContext): Question[] {
  const speakers = speakerPool(context, "person").speakers;
  const out: Question[] = [];
  for (const { slug } of context.story.articles) {
    const article = context.article(slug);
    if (!article) continue;
    for (const statement of reportedClaims(article)) {
      const question = claimQuestion(context, article, statement, speakers);
      if (question) out.push(question);
    }
  }
  return out;
}

function claimQuestion(context: QuizContext, article: QuizArticle, statement: ReportedClaim, speakers: readonly string[]): Question | null {
  const evidence = evidenceFor(context, article.slug, statement.sentence.start, statement.sentence.end, statement.sentence);
  if (!evidence) return null;
  const person = context.story.people.find((p) => p.facts.some((f) => f.slug === article.slug && f.factId === statement.claimant.id));
  const claimant = person?.name ?? statement.claimant.name;
  const id = questionId("claim", [`statement:${article.slug}:${statement.sentence.start}`]);
  const others = context.random(id).shuffle(speakers.filter((s) => !namesCollide(s, claimant)));
  const wrong = [AS_FACT, ...others.slice(0, 2).map(asClaimBy)];
  if (wrong.length < 3) return null;
  const answer = asClaimBy(claimant);
  const label = context.sourceLabel(article.slug);
  return {
    id,
    kind: "claim",
    prompt: `How does ${label} present this: “${displayQuote(statement.text)}”?`,
    choices: [answer, ...wrong],
    answer,
    explanation: `${capitalize(label)} reports this as what ${claimant} said, not as established fact.`,
    evidence,
    difficulty: 2,
    factIds: [`statement:${article.slug}:${statement.sentence.start}`],
  };
}
