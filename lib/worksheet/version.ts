import { z } from "zod";

/**
 * A worksheet version is a capital letter; its seed orders the questions and
 * choices exactly as the online quiz does with `?seed=N` (A = 1, B = 2, … Z = 26),
 * so a printed version and its QR code's quiz always agree.
 */
export const versionSchema = z.string().regex(/^[A-Z]$/, "a version is one capital letter, A to Z");
export type Version = z.infer<typeof versionSchema>;

/** The versions every build pre-renders unless `QUIZWIRE_WORKSHEET_VERSIONS` says otherwise. */
export const DEFAULT_VERSIONS: readonly Version[] = ["A", "B"];

const A = "A".charCodeAt(0);

/** The quiz seed of a version: `versionSeed("B") === 2`. */
export function versionSeed(version: Version): number {
  return versionSchema.parse(version).charCodeAt(0) - A + 1;
}

/** The version printed for a seed, or undefined beyond Z. */
export function versionOfSeed(seed: number): Version | undefined {
  return Number.isInteger(seed) && seed >= 1 && seed <= 26 ? String.fromCharCode(A + seed - 1) : undefined;
}

/** A version as a person types it ("b", " B ") or undefined when it is none. */
export function parseVersion(raw: string): Version | undefined {
  const parsed = versionSchema.safeParse(raw.trim().toUpperCase());
  return parsed.success ? parsed.data : undefined;
}

/**
 * The versions to pre-render from a list like "A,B,C" or a range like "A-D"
 * (mixed: "A-C,F"), de-duplicated and sorted. Throws with the offending part
 * so a typo in the build's environment stops the build instead of silently
 * dropping a version.
 */
export function parseVersionList(raw: string): Version[] {
  const versions = new Set<Version>();
  for (const part of raw.split(",").map((p) => p.trim()).filter(Boolean)) {
    const [from, to, ...rest] = part.split("-").map((p) => parseVersion(p));
    if (!from || rest.length || (part.includes("-") && !to)) {
      throw new Error(`"${part}" is not a version or a range of versions: use letters like "A,B,C" or "A-D".`);
    }
    const last = to ?? from;
    if (last < from) throw new Error(`"${part}" runs backwards: write it as "${last}-${from}".`);
    for (let seed = versionSeed(from); seed <= versionSeed(last); seed++) versions.add(versionOfSeed(seed)!);
  }
  if (!versions.size) throw new Error("the list of versions is empty: use letters like \"A,B\" or \"A-D\".");
  return [...versions].sort();
}
