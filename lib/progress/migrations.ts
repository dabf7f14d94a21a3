import { attemptProgress } from "./attempt-record.ts";
import { progressV1Schema, type ProgressV1 } from "./legacy-v1-schema.ts";
import { emptyProgress, PROGRESS_VERSION, progressSchema, type Attempt, type Progress } from "./progress-schema.ts";
import { mergeProgress, normalizeProgress } from "./progress-merge.ts";

/** What a stored (or imported) value turned out to be. */
export type StoredValue =
  | { kind: "empty" }
  | { kind: "current"; progress: Progress }
  | { kind: "migrated"; progress: Progress; from: number }
  | { kind: "invalid"; reason: string };

/**
 * Reads a raw stored string: nothing, the current version, an older version
 * (migrated up), or something unreadable (bad JSON, a shape that does not
 * validate, or an unknown version such as one written by a newer release).
 */
export function parseStored(raw: string | null): StoredValue {
  if (raw === null) return { kind: "empty" };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: "invalid", reason: "it is not valid JSON" };
  }
  return readVersioned(value);
}

/** As `parseStored`, for a value already parsed from JSON. */
export function readVersioned(value: unknown): StoredValue {
  const version = typeof value === "object" && value !== null && "version" in value ? value.version : undefined;
  if (version === PROGRESS_VERSION) {
    const parsed = progressSchema.safeParse(value);
    return parsed.success ? { kind: "current", progress: normalizeProgress(parsed.data) } : invalid(parsed.error);
  }
  if (version === 1) {
    const parsed = progressV1Schema.safeParse(value);
    return parsed.success ? { kind: "migrated", progress: migrateV1ToV2(parsed.data), from: 1 } : invalid(parsed.error);
  }
  if (typeof version === "number") return { kind: "invalid", reason: `it has schema version ${version}, which this version of quizwire does not know` };
  return { kind: "invalid", reason: "it has no schema version" };
}

/**
 * Version 1 to 2. Percentages become right/total counts from the recorded
 * answers (the percentage was rounded, the answers are exact); attempts from
 * before answers were recorded keep the percentage as n out of 100. Each
 * answer starts the question's history, so its Leitner box is replayed as if
 * the learner had used version 2 all along.
 *
 * Ids are derived from the attempt's place and time, never random: two tabs
 * migrating the same stored value must produce the same attempts, or the
 * merge would count them twice.
 */
export function migrateV1ToV2(v1: ProgressV1): Progress {
  let progress = emptyProgress();
  v1.attempts.forEach((old, index) => {
    const finishedAt = Date.parse(old.takenAt);
    const id = `v1-${index}-${finishedAt.toString(36)}`;
    const answers = old.answers ?? [];
    const attempt: Attempt = {
      id,
      quizId: `${old.lesson}:${old.seed}`,
      lessonSlug: old.lesson,
      seed: old.seed,
      finishedAt,
      score:
        answers.length > 0
          ? { correct: answers.filter((a) => a.correct).length, total: answers.length }
          : { correct: Math.round(old.score), total: 100 },
      ...(answers.length > 0 ? { answers: answers.map((a) => ({ questionId: a.questionId, response: null, correct: a.correct })) } : {}),
    };
    progress = mergeProgress(progress, attemptProgress(attempt));
  });
  return progress;
}

/** What `describeIssues` reads of a validation error (`guard.ts`'s, or zod's). */
interface IssueList {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}

function invalid(error: IssueList): StoredValue {
  return { kind: "invalid", reason: `it does not have the expected shape (${describeIssues(error)})` };
}

/** The first few zod issues as "attempts.3.finishedAt: expected number". */
export function describeIssues(error: IssueList, limit = 3): string {
  const shown = error.issues.slice(0, limit).map((issue) => `${issue.path.map(String).join(".") || "(top)"}: ${issue.message}`);
  const more = error.issues.length - shown.length;
  return more > 0 ? `${shown.join("; ")}; and ${more} more` : shown.join("; ");
}
