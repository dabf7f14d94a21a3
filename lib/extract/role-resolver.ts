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
 * Role words that a bare role noun may stand for when no one holds that very
 * title: a cabinet "Health Secretary" is "the minister", a "Senate
 * Majority Leader" "the senator", a "Rep." "the congressman". Matches made
 * this way are less sure.
 */
const ROLE_KIN = new Map<string, readonly string[]>([
  ["minister", ["secretary", "chancellor", "premier"]],
  ["senator", ["senate"]],
  ["congressman", ["representative", "rep", "congress"]],
  ["congresswoman", ["representative", "rep", "congress"]],
  ["lawmaker", ["senator", "senate", "representative", "congressman", "congresswoman", "mp", "legislator"]],
  ["ceo", ["executive"]],
]);

/** Qualifiers that make a different office of the same head noun: the bare noun never stands for it. */
const OTHER_RANK = new Set(["prime", "vice", "deputy", "assistant", "junior", "shadow", "former", "under", "lieutenant"]);

/** Confidence of a match through `ROLE_KIN` rather than the role's own head noun. */
const KIN_CONFIDENCE = 0.6;

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
  let bestByKin = false;
  for (let p = 0; p < people.people.length; p++) {
    let score = -1;
    let byKin = true;
    for (const written of people.people[p].roles) {
      const have = roleTokens(written);
      // A bare "the minister" is not the Prime Minister, nor "the president" the vice president.
      const own = have.includes(head) && !(qualifiers.length === 0 && have.some((h) => OTHER_RANK.has(h)));
      if (!own && !(qualifiers.length === 0 && ROLE_KIN.get(head)?.some((k) => have.includes(k)))) continue;
      if (own) byKin = false;
      let s = 1;
      for (const q of qualifiers) if (have.some((h) => sameQualifier(q, h))) s += 2;
      if (have.join(" ") === tokens.join(" ")) s += 1;
      score = Math.max(score, s);
    }
    if (score < 0) continue;
    if (qualifiers.length > 0 && score === 1 && people.people.length > 1) continue;
    if (!byKin) candidates++;
    const recency = lastMentionBefore(people, p, before) / (before + 1);
    const total = score + recency + (byKin ? 0 : 1);
    if (total > bestScore) {
      bestScore = total;
      best = p;
      bestByKin = byKin;
    }
  }
  if (best < 0) return null;
  if (bestByKin) return { person: best, confidence: KIN_CONFIDENCE };
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
