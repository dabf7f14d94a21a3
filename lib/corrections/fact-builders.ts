import { factId } from "../extract/fact-id.ts";
import type { ArticleFacts, DateGranularity, Fact, Span, Speaker } from "../extract/fact-schema.ts";
import { foldText } from "../story/text-fold.ts";
import type { AddEntry } from "./corrections-schema.ts";
import { sentenceAround } from "./body-search.ts";

/** A teacher's word settles the fact: full confidence, and marked as corrected. */
export const TEACHER = { confidence: 1, corrected: true } as const;

/** Granularity follows from how much of YYYY-MM-DD a value gives. */
export function granularityOf(value: string): DateGranularity {
  return value.length === 10 ? "day" : value.length === 7 ? "month" : "year";
}

/**
 * The speaker a teacher names: the article's person of that name when there
 * is one (so the quote links to the person fact), else the kind the article
 * already uses for that name, else the kind given (person by default).
 */
export function speakerFor(facts: ArticleFacts, name: string, kind?: "person" | "organisation" | "group"): Speaker {
  const folded = foldText(name);
  if (kind === undefined || kind === "person") {
    const person = facts.people.find((p) => [p.name, ...p.aliases].some((n) => foldText(n) === folded));
    if (person) return { name: person.name, kind: "person", personId: person.id };
  }
  if (kind !== undefined) return { name, kind };
  const known = facts.quotes.find((q) => q.speaker.name !== null && q.speaker.kind !== "unknown" && foldText(q.speaker.name) === folded);
  return { name, kind: known?.speaker.kind ?? "person" };
}

/** Builds the fact an `add` entry describes, at the span its words were found. */
export function buildAddedFact(facts: ArticleFacts, body: string, entry: AddEntry, span: Span): Fact {
  const article = facts.article;
  const base = { article, ...span, ...TEACHER };
  if ("quote" in entry) {
    const kind = span.text.trim().split(/\s+/).length >= 5 ? "full" : "fragment";
    return { ...base, id: factId("quote", article, span.start, span.end), type: "quote", speaker: speakerFor(facts, entry.speaker, entry.speakerKind), kind, sentence: sentenceAround(body, span) };
  }
  if ("date" in entry) {
    return { ...base, id: factId("date", article, span.start, span.end), type: "date", value: entry.value, granularity: granularityOf(entry.value) };
  }
  if ("person" in entry) {
    return { ...base, id: factId("person", article, span.start, span.end), type: "person", name: span.text, aliases: [], roles: entry.role ? [entry.role] : [], mentions: [span] };
  }
  if ("place" in entry) {
    return { ...base, id: factId("place", article, span.start, span.end), type: "place", name: span.text, kind: entry.kind ?? "other", mentions: [span] };
  }
  return { ...base, id: factId("number", article, span.start, span.end), type: "number", value: entry.value, counted: entry.counted };
}
