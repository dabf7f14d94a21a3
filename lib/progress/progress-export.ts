import * as g from "./guard.ts";
import { canonicalJson } from "./canonical-json.ts";
import { readVersioned } from "./migrations.ts";
import type { Progress } from "./progress-schema.ts";

/** Marks a file as ours, so importing some other JSON file gets a clear message. */
export const EXPORT_FORMAT = "quizwire-progress";

/** Larger than years of progress; refuses a wrong file before parsing it. */
const MAX_IMPORT_CHARS = 10_000_000;

const envelopeSchema = g.object({ format: g.literal(EXPORT_FORMAT), exportedAt: g.optional(g.string()), progress: g.unknown() });

/** The export file: the stored value in an envelope naming the format and the export time. */
export function exportProgress(progress: Progress, now: number): string {
  return JSON.stringify({ format: EXPORT_FORMAT, exportedAt: new Date(now).toISOString(), progress }, null, 2);
}

export type ParsedImport = { ok: true; progress: Progress } | { ok: false; problems: string[] };

/**
 * Reads an export file. Older versions are migrated, so a file saved by an
 * earlier release still imports; a bare stored value (copied from the
 * browser's storage) is accepted too.
 */
export function parseImport(text: string): ParsedImport {
  if (text.length > MAX_IMPORT_CHARS) return fail("The file is too large to be a quizwire progress file.");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail("The file is not a quizwire progress file: it is not valid JSON.");
  }
  const envelope = envelopeSchema.safeParse(value);
  const looksStored = typeof value === "object" && value !== null && "version" in value && "attempts" in value;
  if (!envelope.success && !looksStored) return fail("The file is not a quizwire progress file (export one from the Progress page).");
  const read = readVersioned(envelope.success ? envelope.data.progress : value);
  if (read.kind === "invalid") return fail(`The progress file cannot be imported: ${read.reason}.`);
  if (read.kind === "empty") return fail("The progress file is empty.");
  return { ok: true, progress: read.progress };
}

/** What an import will add, and what it leaves alone. */
export interface ImportPlan {
  /** Merge this into the current progress. */
  incoming: Progress;
  added: number;
  skipped: number;
  problems: string[];
}

/**
 * Decides what an import adds. An attempt whose id is already known is
 * skipped, so an import never replaces an attempt; if the file's copy
 * differs, a problem says the learner's own copy was kept. Answers per
 * question are a union, so they can only be added.
 */
export function planImport(current: Progress, incoming: Progress): ImportPlan {
  const known = new Map(current.attempts.map((a) => [a.id, a]));
  const problems: string[] = [];
  const skippedIds = new Set<string>();
  const fresh = incoming.attempts.filter((attempt) => {
    const mine = known.get(attempt.id);
    if (!mine) return true;
    skippedIds.add(attempt.id);
    if (!sameAttempt(mine, attempt)) problems.push(`Attempt ${attempt.id} (${attempt.lessonSlug}) is already here with different details; your copy was kept.`);
    return false;
  });
  // A skipped attempt's answers must not slip in through the question history either.
  const questions: Progress["questions"] = {};
  for (const [id, question] of Object.entries(incoming.questions)) {
    const history = question.history.filter((entry) => !skippedIds.has(entry.id));
    if (history.length > 0) questions[id] = { ...question, history };
  }
  return { incoming: { ...incoming, attempts: fresh, questions }, added: fresh.length, skipped: skippedIds.size, problems };
}

/** Equal apart from answers one copy has already dropped to save space. */
function sameAttempt(a: Progress["attempts"][number], b: Progress["attempts"][number]): boolean {
  if (a.answers === undefined || b.answers === undefined) return canonicalJson({ ...a, answers: undefined }) === canonicalJson({ ...b, answers: undefined });
  return canonicalJson(a) === canonicalJson(b);
}

function fail(problem: string): ParsedImport {
  return { ok: false, problems: [problem] };
}
