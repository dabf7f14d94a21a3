import { containsTokens, tokenize } from "../story/text-fold.ts";
import type { Conflict, QuoteGroup } from "../story/story-schema.ts";
import { namesCollide } from "./choice-fold.ts";
import { pickDistractors } from "./distractor-picker.ts";
import { evidenceFor } from "./evidence.ts";
import { questionId } from "./question-id.ts";
import type { Evidence, Question } from "./question-schema.ts";
import type { QuizContext } from "./quiz-context.ts";
import { displayQuote } from "./passage.ts";
import { speakerPool } from "./speaker-candidates.ts";

/** Outlets shown in a "which outlets" question; a story with more shows the reporters and a sample of the rest. */
const MAX_SOURCES = 5;

/**
 * Questions about sources, never about who really spoke: which outlets
 * carried a quote, and, for a quote the outlets credit differently, whom a
 * given outlet credited. The explanation always names every credit, so the
 * disagreement itself is the lesson.
 */
export function sourceCheckQuestions(context: QuizContext): Question[] {
  return [...context.story.quotes.flatMap((g) => whichSources(context, g)), ...context.story.conflicts.flatMap((c) => whomCredited(context, c))];
}

function whichSources(context: QuizContext, group: QuoteGroup): Question[] {
  const words = tokenize(group.text);
  if (words.length < 3) return [];
  const labels = new Map<string, string>();
  for (const a of context.story.articles) labels.set(a.slug, context.sourceLabel(a.slug));
  const reporting = new Set(group.reports.map((r) => labels.get(r.slug) ?? r.slug));
  const others = [...new Set(labels.values())].filter((label) => !reporting.has(label));
  // A source counts as not reporting the words only if its body does not hold them at all.
  const silent = others.filter((label) =>
    [...labels].filter(([, l]) => l === label).every(([slug]) => !containsTokens(context.bodyTokens(slug), words)),
  );
  if (silent.length === 0 || silent.length !== others.length) return [];
  const id = questionId("source-check", [group.id], "sources");
  const answer = [...reporting].sort();
  const wrong = context.random(id).shuffle(silent).slice(0, Math.max(1, MAX_SOURCES - answer.length));
  const evidence = groupEvidence(context, group);
  if (!evidence) return [];
  return [{
    id,
    kind: "source-check",
    prompt: `Which of these sources reported the words “${displayQuote(group.text)}”?${answer.length > 1 ? " Choose all that apply." : ""}`,
    choices: [...answer, ...wrong],
    answer: answer.length === 1 ? answer[0]! : answer,
    explanation: `The words appear in ${answer.join(", ")} and in none of the other sources.`,
    evidence,
    difficulty: answer.length > 1 ? 2 : 1,
    factIds: [group.id, ...group.reports.map((r) => r.factId)],
  }];
}

function whomCredited(context: QuizContext, conflict: Conflict): Question[] {
  const group = context.story.quotes.find((g) => g.id === conflict.quoteGroupId);
  if (!group) return [];
  const credits = conflict.attributions.map((a) => ({ speaker: a.speaker, labels: [...new Set(a.articles.map((r) => context.sourceLabel(r.slug)))] }));
  const summary = credits.map((c) => `${c.labels.join(" and ")} credit${c.labels.length > 1 ? "" : "s"} ${c.speaker.name}`).join("; ");
  const out: Question[] = [];
  for (const credit of credits) {
    for (const label of credit.labels) {
      // An outlet that itself credits two speakers has no one answer.
      if (credits.some((c) => c !== credit && c.labels.includes(label))) continue;
      const report = group.reports.find((r) => context.sourceLabel(r.slug) === label);
      const fact = report && context.fact(report.slug, report.factId);
      const evidence = fact?.type === "quote" ? evidenceFor(context, report!.slug, fact.start, fact.end, fact.sentence) : null;
      if (!evidence) continue;
      const id = questionId("source-check", [conflict.id], label);
      const rivals = credits.filter((c) => c !== credit).map((c) => c.speaker.name).filter((n) => !namesCollide(n, credit.speaker.name));
      const kind = credit.speaker.kind === "organisation" ? "organisation" : "person";
      const wrong = pickDistractors(context, {
        answers: [credit.speaker.name],
        fromStory: rivals,
        count: 3,
        random: context.random(id),
        collide: namesCollide,
      });
      const pool = speakerPool(context, kind);
      const extra = pickDistractors(context, {
        answers: [credit.speaker.name, ...wrong],
        forbidden: credits.map((c) => c.speaker.name),
        fromStory: pool.speakers,
        fallback: pool.named,
        collide: namesCollide,
        count: 3 - wrong.length,
        random: context.random(`${id}:extra`),
      });
      const choices = [credit.speaker.name, ...wrong, ...extra];
      if (choices.length < 3) continue;
      out.push({
        id,
        kind: "source-check",
        prompt: `Sources disagree about who said “${displayQuote(conflict.text)}”. Whom does ${label} credit with these words?`,
        choices,
        answer: credit.speaker.name,
        explanation: `${summary}. The sources disagree, and this quiz does not decide who really said it.`,
        evidence,
        difficulty: 3,
        factIds: [conflict.id, ...conflict.attributions.flatMap((a) => a.articles.map((r) => r.factId))],
      });
    }
  }
  return out;
}

function groupEvidence(context: QuizContext, group: QuoteGroup): Evidence | null {
  for (const report of group.reports) {
    const fact = context.fact(report.slug, report.factId);
    if (fact?.type === "quote") return evidenceFor(context, report.slug, fact.start, fact.end, fact.sentence);
  }
  return null;
}
