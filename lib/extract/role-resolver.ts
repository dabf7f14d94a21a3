import type { PeopleIndex } from "./person-merge-refiner.ts";

/** A person a role phrase stands for, and how sure the match is. */
export interface RoleMatch {
  person: number;
  confidence: number;
}

const roleTokens = (role: string) =>
  role.toLowerCase().replace(/['\u2019]s\b/g, "").split(/[\s,]+/).filter((t) => t && t !== "the" && t !== "a" && t !== "an" && t !== "his" && t !== "her" && t !== "its" && t !== "their");

/** Two qualifiers agree when equal or sharing a stem of five letters ("Ukrainian" / "Ukraine’s"). */
const sameQualifier = (a: string, b: string) => a === b || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5)) || a.replace(/\./g, "") === b.replace(/\./g, "");

/**
 * Finds the person a role phrase names ("the Ukrainian president", "The
 * U.S. President"): among people whose roles share the head noun, the one
 * whose role shares the most qualifiers, and on a tie the one mentioned
 * last before `before`. A bare head shared by several people ("the
 * president") is matched by recency only, with lower confidence.
 */
export function resolveRole(people: PeopleIndex, role: string, before: number): RoleMatch | null {
  const tokens = roleTokens(role);
  if (tokens.length === 0) return null;
  const head = tokens[tokens.length - 1];
  const qualifiers = tokens.slice(0, -1);
  let best = -1;
  let bestScore = -1;
  let candidates = 0;
  for (let p = 0; p < people.people.length; p++) {
    let score = -1;
    for (const written of people.people[p].roles) {
      const have = roleTokens(written);
      if (!have.includes(head)) continue;
      let s = 1;
      for (const q of qualifiers) if (have.some((h) => sameQualifier(q, h))) s += 2;
      if (have.join(" ") === tokens.join(" ")) s += 1;
      score = Math.max(score, s);
    }
    if (score < 0) continue;
    if (qualifiers.length > 0 && score === 1 && people.people.length > 1) continue;
    candidates++;
    const recency = lastMentionBefore(people, p, before) / (before + 1);
    if (score + recency > bestScore) {
      bestScore = score + recency;
      best = p;
    }
  }
  if (best < 0) return null;
  return { person: best, confidence: candidates === 1 || qualifiers.length > 0 ? 0.85 : 0.7 };
}

/** Offset of the person's last mention before `before`, or 0. */
function lastMentionBefore(people: PeopleIndex, p: number, before: number): number {
  let last = 0;
  for (const m of people.people[p].mentions) {
    if (m.start >= before) break;
    last = m.start;
  }
  return last;
}
