import { canonicalJson } from "./canonical-json.ts";
import {
  ANSWERS_KEPT,
  HISTORY_CAP,
  PROGRESS_VERSION,
  type Attempt,
  type HistoryEntry,
  type Progress,
  type QuestionState,
} from "./progress-schema.ts";

/**
 * Merges two progress values: a union of attempts (by attempt id) and of
 * answers per question. It is commutative, associative and idempotent, so
 * two tabs that merge in any order end up with the same value and no attempt
 * is ever lost; every tie is broken by a total order, never by argument order.
 *
 * The result is normalised: attempts oldest first, answers dropped from all
 * but the `ANSWERS_KEPT` latest attempts, history capped at `HISTORY_CAP`.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
  return {
    version: PROGRESS_VERSION,
    attempts: mergeAttempts(a.attempts, b.attempts),
    questions: mergeQuestions(a.questions, b.questions),
  };
}

/** The same value in normal form (sorted, capped, duplicates folded). */
export function normalizeProgress(progress: Progress): Progress {
  return mergeProgress(progress, progress);
}

/** Attempt order: finish time, then id, so equal times still sort the same everywhere. */
export function compareAttempts(a: Attempt, b: Attempt): number {
  return a.finishedAt - b.finishedAt || compareText(a.id, b.id);
}

/** History order: time, then id, then the remaining fields, so it is total. */
export function compareEntries(a: HistoryEntry, b: HistoryEntry): number {
  return a.at - b.at || compareText(a.id, b.id) || Number(a.correct) - Number(b.correct) || Number(a.review ?? false) - Number(b.review ?? false);
}

function mergeAttempts(a: readonly Attempt[], b: readonly Attempt[]): Attempt[] {
  const byId = new Map<string, Attempt>();
  for (const attempt of [...a, ...b]) {
    const seen = byId.get(attempt.id);
    byId.set(attempt.id, seen ? pickAttempt(seen, attempt) : attempt);
  }
  const sorted = [...byId.values()].sort(compareAttempts);
  const firstKept = sorted.length - ANSWERS_KEPT;
  return sorted.map((attempt, index) => (index < firstKept ? compact(attempt) : attempt));
}

/**
 * Two copies of one attempt: the compacted one wins (a tab that already
 * dropped the answers must not have them brought back), otherwise the
 * canonically smaller one, which only matters for hand-edited files.
 */
function pickAttempt(x: Attempt, y: Attempt): Attempt {
  if (x === y) return x;
  if ((x.answers === undefined) !== (y.answers === undefined)) return x.answers === undefined ? x : y;
  return compareText(canonicalJson(x), canonicalJson(y)) <= 0 ? x : y;
}

function compact(attempt: Attempt): Attempt {
  if (attempt.answers === undefined) return attempt;
  const { answers: _dropped, ...rest } = attempt;
  return rest;
}

function mergeQuestions(a: Progress["questions"], b: Progress["questions"]): Progress["questions"] {
  const ids = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort(compareText);
  const merged: Progress["questions"] = {};
  for (const id of ids) {
    const x = a[id];
    const y = b[id];
    merged[id] = x && y ? mergeQuestion(x, y) : normalizeQuestion((x ?? y)!);
  }
  return merged;
}

function mergeQuestion(x: QuestionState, y: QuestionState): QuestionState {
  const meta = compareMeta(x, y) >= 0 ? x : y;
  return { lessonSlug: meta.lessonSlug, quizId: meta.quizId, seed: meta.seed, history: mergeHistory(x.history, y.history) };
}

function normalizeQuestion(q: QuestionState): QuestionState {
  return { lessonSlug: q.lessonSlug, quizId: q.quizId, seed: q.seed, history: mergeHistory(q.history, []) };
}

/** Entries are values: the same answer seen twice is one answer. The latest `HISTORY_CAP` are kept. */
function mergeHistory(a: readonly HistoryEntry[], b: readonly HistoryEntry[]): HistoryEntry[] {
  const byKey = new Map<string, HistoryEntry>();
  for (const entry of [...a, ...b]) byKey.set(entryKey(entry), entry);
  return [...byKey.values()].sort(compareEntries).slice(-HISTORY_CAP);
}

/** Every field of an entry, so equal keys mean equal entries (the schema strips unknown keys). */
const entryKey = (e: HistoryEntry) => `${e.at}|${e.correct}|${e.review ?? false}|${e.id}`;

/**
 * Which copy says where the question lives: the one answered most recently,
 * as the latest quiz is the one `/review` should rebuild.
 */
function compareMeta(x: QuestionState, y: QuestionState): number {
  const lx = latest(x);
  const ly = latest(y);
  const byEntry = lx && ly ? compareEntries(lx, ly) : Number(lx !== undefined) - Number(ly !== undefined);
  return byEntry || compareText(metaKey(x), metaKey(y));
}

function latest(q: QuestionState): HistoryEntry | undefined {
  let best: HistoryEntry | undefined;
  for (const entry of q.history) if (!best || compareEntries(entry, best) > 0) best = entry;
  return best;
}

const metaKey = (q: QuestionState) => canonicalJson([q.lessonSlug, q.quizId, q.seed]);

/** Code-unit order, unlike `localeCompare`, so every machine sorts alike. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
