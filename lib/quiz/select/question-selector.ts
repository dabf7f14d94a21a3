import type { QuestionKind } from "../question-schema.ts";
import { reveals, type Revealable } from "./reveals.ts";

/** What the selector reads of a question. */
export interface Selectable extends Revealable {
  id: string;
  kind: QuestionKind;
  factIds?: readonly string[];
  evidence?: { article: string; start: number };
  sources?: readonly { article: string; start: number }[];
}

/** The most questions of one kind in a quiz, as a share of its length: a quiz is not twelve "who said" questions. */
const KIND_SHARE = 0.25;
/** The most questions about who said what, of every kind together. */
const ATTRIBUTION_SHARE = 0.25;

/** A question about who said something: who-said, said-what, match, a claim, a typed surname, a "X said …" statement. */
function isAttribution(q: Selectable): boolean {
  if (q.kind === "who-said" || q.kind === "said-what" || q.kind === "match" || q.kind === "claim") return true;
  if (q.kind === "typed") return /surname/.test(q.prompt);
  return q.kind === "true-false" && /: .+ said “/.test(q.prompt);
}
/** Kinds a quiz needs only one or two of: long to answer, or word games. */
const KIND_LIMIT: Partial<Record<QuestionKind, number>> = { match: 1, order: 1, cloze: 2, typed: 2, claim: 3, "said-what": 2, role: 2, "source-check": 2, result: 1, "true-false": 3 };

/** Options of `selectQuestions`. */
export interface SelectOptions<Q extends Selectable> {
  /** Questions already in the quiz (a teacher's own): they count, and nothing may repeat or reveal them. */
  fixed?: readonly Selectable[];
  /** Questions other lessons of the story serve: never the same ids, and their facts and sentences only when nothing fresher is left. */
  avoid?: readonly Selectable[];
  /** Higher is better; candidates without a score rank last. */
  score: ReadonlyMap<string, number>;
  /**
   * Keys two questions had better not share, kept while fresher candidates
   * remain: the paragraph a question comes from, so the quiz covers the
   * article rather than one passage of it.
   */
  softKeys?: (q: Selectable) => readonly string[];
  /** Candidates scoring below this are never asked (0 when a teacher set the count: it is met if the facts allow). */
  floor?: number;
  /** Kinds that get one place each before the rest are ranked, when a candidate of theirs fits (a story's timeline and its speakers). */
  reserve?: readonly QuestionKind[];
  candidates: readonly Q[];
}

/**
 * Chooses up to `count` questions, best first: at most one per source
 * sentence and per fact, no question that reveals another's answer (either
 * way), and no kind beyond its share while other kinds have candidates.
 * Deterministic: ties go to the smaller id.
 */
export function selectQuestions<Q extends Selectable>(count: number, options: SelectOptions<Q>): Q[] {
  const { score, fixed = [], avoid = [] } = options;
  const avoidIds = new Set(avoid.map((q) => q.id));
  const ranked = [...options.candidates]
    // Below the floor a question is trivia or word play: a shorter quiz is better than a padded one.
    .filter((q) => !avoidIds.has(q.id) && !fixed.some((f) => f.id === q.id) && (score.get(q.id) ?? 0) >= (options.floor ?? 0))
    .sort((a, b) => (score.get(b.id) ?? -1) - (score.get(a.id) ?? -1) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const chosen: Q[] = [];
  const taken = [...fixed];
  const used = new Set<string>(fixed.flatMap(keysOf));
  const elsewhere = new Set<string>(avoid.flatMap(keysOf));
  const room = Math.max(0, count - fixed.length);
  const cap = (kind: QuestionKind) => Math.min(KIND_LIMIT[kind] ?? Infinity, Math.max(2, Math.ceil(room * KIND_SHARE)));
  // Who said what, in any form, is one skill: a third of the quiz at most while other questions remain.
  const attributionCap = Math.max(2, Math.ceil(room * ATTRIBUTION_SHARE));
  let attributions = 0;
  const perKind = new Map<QuestionKind, number>();
  const soft = options.softKeys ?? (() => []);
  const usedSoft = new Set<string>(fixed.flatMap((q) => [...soft(q)]));
  const take = (q: Q) => {
    chosen.push(q);
    taken.push(q);
    keysOf(q).forEach((k) => used.add(k));
    soft(q).forEach((k) => usedSoft.add(k));
    perKind.set(q.kind, (perKind.get(q.kind) ?? 0) + 1);
    if (isAttribution(q)) attributions++;
  };
  const fits = (q: Q) => !keysOf(q).some((k) => used.has(k) || elsewhere.has(k)) && !taken.some((t) => reveals(t, q) || reveals(q, t) || eliminates(t, q));
  for (const kind of options.reserve ?? []) {
    const best = ranked.find((q) => q.kind === kind && fits(q));
    if (best && chosen.length < room) take(best);
  }
  // Pass 1 keeps every limit; pass 2 lets a paragraph or person come back; pass 3 lifts the kind shares; pass 4 lets facts other lessons use come back.
  for (const pass of [1, 2, 3, 4]) {
    for (const q of ranked) {
      if (chosen.length >= room) return chosen;
      if (chosen.includes(q)) continue;
      const keys = keysOf(q);
      if (keys.some((k) => used.has(k))) continue;
      if (pass < 4 && keys.some((k) => elsewhere.has(k))) continue;
      if (pass === 1 && soft(q).some((k) => usedSoft.has(k))) continue;
      if (pass <= 2 && (perKind.get(q.kind) ?? 0) >= cap(q.kind)) continue;
      if (pass <= 2 && isAttribution(q) && attributions >= attributionCap) continue;
      if (pass > 2 && (perKind.get(q.kind) ?? 0) >= (KIND_LIMIT[q.kind] ?? Infinity)) continue;
      if (taken.some((t) => reveals(t, q) || reveals(q, t) || eliminates(t, q))) continue;
      take(q);
    }
  }
  return chosen;
}

/**
 * Two "who is" questions offering the same roles: the answer to one rules a
 * choice out of the other. (Two "who said" questions may share speakers:
 * each turns on its own quote.)
 */
function eliminates(a: Selectable, b: Selectable): boolean {
  if (a.kind !== "role" || b.kind !== "role") return false;
  const shared = (a.choices ?? []).filter((c) => (b.choices ?? []).includes(c)).length;
  return shared >= 2;
}

/**
 * The facts and source sentences a question rests on, and the speaker a
 * "who said" question is about: no two questions of a quiz may share one
 * (three questions answered "Feldstein" teach students to guess her).
 */
function keysOf(q: Selectable): string[] {
  const sentences = [q.evidence, ...(q.sources ?? [])].filter((e) => e !== undefined).map((e) => `sentence:${e.article}:${e.start}`);
  const speaker = speakerOf(q);
  return [...new Set([...sentences, ...(q.factIds ?? []).map((f) => `fact:${f}`), ...(speaker ? [`speaker:${speaker}`] : [])])];
}

/** The person a question about who said what turns on: its answer, or the name its prompt asks about. */
function speakerOf(q: Selectable): string | undefined {
  if (q.kind === "who-said" || (q.kind === "typed" && /surname/.test(q.prompt))) return typeof q.answer === "string" ? q.answer : undefined;
  if (q.kind === "said-what") return /did (.+) say\?$/.exec(q.prompt)?.[1];
  // "X said “…”" names X as a speaker, true or false; a claim's answer names its claimant.
  if (q.kind === "true-false") return /: (.+?) said “/.exec(q.prompt)?.[1];
  if (q.kind === "claim" && typeof q.answer === "string") return /^As a claim by (.+)$/.exec(q.answer)?.[1];
  return undefined;
}
