import { pickDistractors } from "./distractor-picker.ts";
import { formatNumber } from "./number-format.ts";
import { ladderValues } from "./number-ladder.ts";
import { isPercent, type UsableNumber } from "./number-pool.ts";
import { sentenceStarts } from "../extract/sentence-bounds.ts";
import { inBrackets } from "./how-many-generator.ts";
import { blankPassage, capitalize, displayQuote, namedIn } from "./passage.ts";
import { questionId } from "./question-id.ts";
import type { Evidence, Question } from "./question-schema.ts";
import type { QuizContext } from "./quiz-context.ts";
import type { SettledQuote } from "./quote-pool.ts";
import { speakerPool } from "./speaker-candidates.ts";
import { namesCollide } from "./choice-fold.ts";
import { startsWithVowelSound } from "./lint/grammar-fit-rule.ts";

/**
 * One statement in its two forms: as the article reports it, and made false
 * by one real change (another speaker or number of the story). Both
 * share an id; the selector decides which one a quiz shows, so a quiz holds
 * as many false statements as true ones.
 */
export interface TrueFalsePair {
  truthful: Question;
  falsified: Question;
}

/** Words that make a figure a bound: "more than 400" is still true of 300. */
const BOUND = /\b(?:more than|greater than|over|above|beyond|exceeding|exceeded|topping|topped|surpassing|surpassed|at least|upwards of|in excess of|as many as|as much as|as few as|nearly|almost|close to|just over|just under|up to|fewer than|less than|under|below|at most|some|about|around|roughly|approximately|an estimated|estimated)\s*(?:US)?[$€£]?$/i;
/** Words after a figure that make it a bound: "400 or more", "a dozen-plus". */
const BOUND_AFTER = /^(?:\s*(?:or more|or so|or fewer|or less|or over|or above|plus)\b|\+)/i;

/** A figure written as a bound or an estimate: changing it need not make the statement false. */
function bounded(context: QuizContext, n: UsableNumber): boolean {
  const body = context.article(n.evidence.article)?.body ?? "";
  return BOUND.test(body.slice(Math.max(0, n.figure.start - 24), n.figure.start)) || BOUND_AFTER.test(body.slice(n.figure.end, n.figure.end + 12));
}

/** One statement before it becomes a question. */
interface Statement {
  factIds: string[];
  evidence: Evidence;
  reported: string;
  swapped: string;
  swapNote: string;
}

/**
 * True/false statements over settled quotes (speaker swapped for another
 * speaker of the story) and the lead's figures (a nearby value). Places are
 * not swapped: a place changed for another reads false at a glance as often
 * as not, so places are asked by "where?". A statement with no real change
 * available is not asked at all: a quiz of statements that are all true
 * teaches students to answer "True".
 */
export function trueFalsePairs(
  context: QuizContext,
  quotes: readonly SettledQuote[],
  numbers: readonly UsableNumber[],
): TrueFalsePair[] {
  const seen = new Set<string>();
  const statements = [
    ...quotes.filter((q) => q.fact.kind === "full").map((q) => quoteStatement(context, q)),
    // A statement is the article's: a figure from someone's quoted words is theirs to claim.
    // One figure per statement, from the lead, outside brackets: a changed figure must bear on the story, not clash with another or sit in an aside.
    ...numbers.filter((n) => !n.quoted && !bounded(context, n) && n.forbidden.length === 0 && !inBrackets(context, n) && inLead(context, n)).map((n) => numberStatement(context, n)),
  ].filter((s): s is Statement => s !== null);
  const out: TrueFalsePair[] = [];
  for (const s of statements) {
    const id = questionId("true-false", s.factIds);
    if (seen.has(id)) continue;
    seen.add(id);
    const prompt = (text: string) => `True or false, according to ${context.sourceLabel(s.evidence.article)}: ${text}`;
    const base = { id, kind: "true-false" as const, choices: ["True", "False"], evidence: s.evidence, factIds: s.factIds };
    out.push({
      truthful: { ...base, prompt: prompt(s.reported), answer: "True", explanation: "True: this is what the article reports.", difficulty: 1 },
      falsified: { ...base, prompt: prompt(s.swapped), answer: "False", explanation: `False: ${s.swapNote}`, difficulty: 2 },
    });
  }
  return out;
}

/** Sentences at the top of an article: the figures that carry the story are there. */
const LEAD_SENTENCES = 4;

/** Whether a figure stands in its article's first sentences. */
function inLead(context: QuizContext, n: UsableNumber): boolean {
  const body = context.article(n.evidence.article)?.body ?? "";
  return sentenceStarts(body).filter((s) => s <= n.figure.start).length <= LEAD_SENTENCES;
}

function quoteStatement(context: QuizContext, q: SettledQuote): Statement | null {
  const id = questionId("true-false", [q.group.id]);
  const speakers = speakerPool(context, q.speakerKind).speakers;
  const [other] = pickDistractors(context, {
    answers: [q.speaker],
    forbidden: q.credited,
    // Never someone the words are about: "Smith said ‘Smith must resign’" is false at a glance.
    fromStory: speakers.filter((s) => !namedIn(s, q.text)),
    collide: namesCollide,
    count: 1,
    random: context.random(id),
  });
  if (!other) return null;
  const words = displayQuote(q.text);
  return {
    factIds: [q.group.id],
    evidence: q.evidence,
    reported: `${q.speaker} said “${words}”.`,
    swapped: `${other} said “${words}”.`,
    swapNote: `the article credits these words to ${q.speaker}, not ${other}.`,
  };
}

function numberStatement(context: QuizContext, n: UsableNumber): Statement | null {
  const id = questionId("true-false", [n.storyNumberId]);
  const format = (v: number) => `${n.unit.prefix}${formatNumber(v, n.spelled, n.decimals)}${n.unit.suffix}`;
  const [other] = pickDistractors(context, {
    answers: [format(n.shown)],
    forbidden: n.forbidden,
    // A rung of the same ladder as "How many?" choices: believable, and on the right side of the passage's other figures.
    fromStory: ladderValues(n.shown, { decimals: n.decimals, percent: isPercent(n), neighbours: n.neighbours }, 3, context.random(`${id}:ladder`)).map(format),
    count: 1,
    random: context.random(id),
  });
  if (!other) return null;
  // "a seven-year wait" made false reads "an eight-year wait": the article before the figure follows the new value.
  const body = context.article(n.evidence.article)?.body ?? "";
  const article = /\b(an?)\s+$/i.exec(body.slice(Math.max(n.evidence.start, n.figure.start - 4), n.figure.start));
  const from = article ? n.figure.start - article[0].length : n.figure.start;
  const withArticle = (value: string) => {
    if (!article) return value;
    const word = startsWithVowelSound(value) ? "an" : "a";
    return `${/^A/.test(article[1]!) ? capitalize(word) : word} ${value}`;
  };
  const shown = (replacement: string) => blankPassage(n.evidence, undefined, from, n.figure.end, withArticle(replacement));
  const reported = shown(n.figure.text);
  const swapped = shown(n.spelled && /^\p{Lu}/u.test(n.figure.text) && !article ? capitalize(other) : other);
  if (!reported || !swapped) return null;
  return {
    factIds: [n.storyNumberId],
    evidence: n.evidence,
    reported: statement(reported),
    swapped: statement(swapped),
    swapNote: `the article gives “${n.figure.text}”, not “${other}”.`,
  };
}

/** A passage shown as a statement: capitalised, ending with one full stop. */
function statement(text: string): string {
  const t = capitalize(text.trim());
  return /[.!?’”]$/.test(t) ? t : `${t}.`;
}
