import { hash } from "../extract/fact-id.ts";
import type { QuestionKind } from "./question-schema.ts";

/**
 * A question's id: its kind plus a hash of the sorted fact ids it rests on
 * (and a variant tag where one fact yields several questions of a kind). It
 * never depends on the seed, so versions A and B share ids.
 */
export function questionId(kind: QuestionKind, factIds: readonly string[], variant = ""): string {
  return `${kind}-${hash(`${kind}\u0000${[...factIds].sort().join("\u0001")}\u0000${variant}`)}`;
}
