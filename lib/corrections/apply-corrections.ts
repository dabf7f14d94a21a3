import type { ContentProblem } from "../content/content-problem.ts";
import type { ArticleFacts, Fact } from "../extract/fact-schema.ts";
import { findInBody } from "./body-search.ts";
import { TARGETS, type Corrections, type Target } from "./corrections-schema.ts";
import { buildAddedFact, granularityOf, speakerFor, TEACHER } from "./fact-builders.ts";
import { factsOf, findFacts, sampleTexts } from "./fact-finder.ts";
import { formatPath, YamlLocator, type YamlPath } from "../content/yaml-locator.ts";

const targetOf = (entry: object): Target => TARGETS.find((t) => t in entry)!;

/**
 * Applies a parsed sidecar to an article's facts. Pure: the caller reads
 * the sidecar (`source`, parsed with `parseCorrections`) and the article
 * `body`. Drops and fixes name existing facts by their words; one that
 * matches no fact, or several, or a fact another entry already claimed, is
 * a problem at its line. Additions are located in the body for their
 * offsets. Every changed or added fact gets `corrected: true` and
 * confidence 1.
 *
 * Entries without problems are applied even when others have problems, so
 * one typo does not hide every other correction. Dropping a person also
 * unlinks quotes credited to them (the name stays), since a `personId`
 * must point at a fact that exists.
 */
export function applyCorrections(
  file: string,
  source: string,
  body: string,
  facts: ArticleFacts,
  corrections: Corrections,
): { facts: ArticleFacts; problems: ContentProblem[] } {
  const locator = new YamlLocator(source);
  const problems: ContentProblem[] = [];
  const report = (path: YamlPath, message: string) => problems.push({ file, line: locator.line(path), field: formatPath(path), message });
  const claimedBy = new Map<string, string>();

  /** The one fact an entry names, claimed for it; undefined (and a problem) otherwise. */
  const claim = (section: "fix" | "drop", index: number, entry: object): Fact | undefined => {
    const target = targetOf(entry);
    const words = (entry as Record<Target, string>)[target];
    const path = [section, index, target];
    const found = findFacts(facts, target, words);
    if (found.length === 0) {
      report(path, `no ${target} matches "${words}"; copy a few words exactly as the article has them (${sampleTexts(facts, target)})`);
      return undefined;
    }
    if (found.length > 1) {
      const texts = found.slice(0, 3).map((f) => `"${f.text}"`).join(", ");
      report(path, `"${words}" matches ${found.length} ${target}s (${texts}); add more words so only one matches`);
      return undefined;
    }
    const fact = found[0]!;
    const other = claimedBy.get(fact.id);
    if (other) {
      report(path, `this ${target} is already changed by ${other}; keep one entry per fact`);
      return undefined;
    }
    claimedBy.set(fact.id, formatPath([section, index]));
    return fact;
  };

  const dropped = new Set<string>();
  corrections.drop.forEach((entry, index) => {
    const fact = claim("drop", index, entry);
    if (fact) dropped.add(fact.id);
  });
  const fixed = new Map<string, Fact>();
  corrections.fix.forEach((entry, index) => {
    const fact = claim("fix", index, entry);
    if (fact?.type === "quote" && "quote" in entry) fixed.set(fact.id, { ...fact, ...TEACHER, speaker: speakerFor(facts, entry.speaker, entry.speakerKind) });
    if (fact?.type === "date" && "date" in entry) fixed.set(fact.id, { ...fact, ...TEACHER, value: entry.value, granularity: granularityOf(entry.value) });
  });
  const added: Fact[] = [];
  corrections.add.forEach((entry, index) => {
    const target = targetOf(entry);
    const words = (entry as Record<Target, string>)[target];
    const path = ["add", index, target];
    const span = findInBody(body, words);
    if (!span) return report(path, `"${words}" is not in the article; copy the words exactly as written there`);
    const fact = buildAddedFact(facts, body, entry, span);
    const existing = [...factsOf(facts, target), ...added].find((f) => f.type === fact.type && f.start === fact.start && f.end === fact.end);
    if (existing && !dropped.has(existing.id)) return report(path, `the article already has this ${target}; use fix (or drop) instead of add`);
    added.push(fact);
  });

  return { facts: rebuild(facts, dropped, fixed, added), problems: problems.sort((a, b) => a.line - b.line) };
}

function rebuild(facts: ArticleFacts, dropped: Set<string>, fixed: Map<string, Fact>, added: Fact[]): ArticleFacts {
  const keep = <T extends Fact>(list: T[], type: T["type"]): T[] =>
    [...list.filter((f) => !dropped.has(f.id)).map((f) => (fixed.get(f.id) as T | undefined) ?? f), ...(added.filter((f) => f.type === type) as T[])].sort(
      (a, b) => a.start - b.start || a.end - b.end,
    );
  const quotes = keep(facts.quotes, "quote").map((q) => {
    if (!q.speaker.personId || !dropped.has(q.speaker.personId)) return q;
    const { personId: _unlinked, ...speaker } = q.speaker;
    return { ...q, speaker };
  });
  return {
    ...facts,
    quotes,
    people: keep(facts.people, "person"),
    places: keep(facts.places, "place"),
    dates: keep(facts.dates, "date"),
    numbers: keep(facts.numbers, "number"),
  };
}
