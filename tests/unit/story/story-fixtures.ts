import { factId } from "../../../lib/extract/fact-id.ts";
import type { ArticleFacts, PersonFact, QuoteFact, SpeakerKind } from "../../../lib/extract/fact-schema.ts";
import type { StoryArticleInput } from "../../../lib/story/merge-story.ts";

/** A hand-written article: facts are given by their words and located in the body, so offsets are real. */
export interface ArticleSpec {
  slug: string;
  outlet?: string;
  published?: string;
  body: string;
  people?: { name: string; aliases?: string[]; roles?: string[] }[];
  quotes?: { text: string; speaker: string | null; kind?: SpeakerKind; corrected?: boolean; occurrence?: number }[];
  places?: { name: string; canonical?: string; kind?: "country" | "city" | "other" }[];
  dates?: { text: string; value: string | null; clause?: string }[];
  numbers?: { text: string; value: number; counted: string }[];
}

function locate(body: string, text: string, occurrence = 1): number {
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    at = body.indexOf(text, at + 1);
    if (at < 0) throw new Error(`fixture: "${text}" not in body`);
  }
  return at;
}

function span(body: string, text: string, occurrence = 1) {
  const start = locate(body, text, occurrence);
  return { start, end: start + text.length, text };
}

/** Builds `ArticleFacts` (and the `mergeStory` input) from a spec. */
export function article(spec: ArticleSpec): StoryArticleInput {
  const { slug, body } = spec;
  const published = spec.published ?? "2025-03-18";
  const people: PersonFact[] = (spec.people ?? []).map((p) => {
    const s = span(body, p.name);
    return {
      id: factId("person", slug, s.start, s.end),
      article: slug,
      ...s,
      confidence: 0.9,
      type: "person",
      name: p.name,
      aliases: p.aliases ?? [],
      roles: p.roles ?? [],
      mentions: [s],
    };
  });
  const quotes: QuoteFact[] = (spec.quotes ?? []).map((q) => {
    const s = span(body, q.text, q.occurrence);
    const person = people.find((p) => p.name === q.speaker);
    const kind: SpeakerKind = q.speaker === null ? "unknown" : (q.kind ?? "person");
    return {
      id: factId("quote", slug, s.start, s.end),
      article: slug,
      ...s,
      confidence: 0.8,
      ...(q.corrected ? { corrected: true } : {}),
      type: "quote",
      speaker: { name: q.speaker, kind, ...(person && kind === "person" ? { personId: person.id } : {}) },
      kind: q.text.split(/\s+/).length >= 5 ? "full" : "fragment",
      sentence: s,
    };
  });
  const facts: ArticleFacts = {
    article: slug,
    published,
    people,
    quotes,
    places: (spec.places ?? []).map((p) => {
      const s = span(body, p.name);
      return { id: factId("place", slug, s.start, s.end), article: slug, ...s, confidence: 0.9, type: "place", name: p.name, ...(p.canonical ? { canonical: p.canonical } : {}), kind: p.kind ?? "country", mentions: [s] };
    }),
    dates: (spec.dates ?? []).map((d) => {
      const s = span(body, d.text);
      const granularity = d.value === null ? "vague" : d.value.length === 10 ? "day" : d.value.length === 7 ? "month" : "year";
      return {
        id: factId("date", slug, s.start, s.end),
        article: slug,
        ...s,
        confidence: 0.9,
        type: "date",
        value: d.value,
        granularity,
        ...(d.clause ? { clause: span(body, d.clause) } : {}),
      };
    }),
    numbers: (spec.numbers ?? []).map((n) => {
      const s = span(body, n.text);
      return { id: factId("number", slug, s.start, s.end), article: slug, ...s, confidence: 0.9, type: "number", value: n.value, counted: n.counted };
    }),
  };
  return { slug, published, facts, ...(spec.outlet ? { outlet: spec.outlet } : {}) };
}
