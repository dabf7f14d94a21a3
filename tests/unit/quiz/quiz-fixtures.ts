import type { ArticleFacts, DateFact, NumberFact, PersonFact, PlaceFact, QuoteFact, SpeakerKind } from "../../../lib/extract/fact-schema.ts";
import { factId } from "../../../lib/extract/fact-id.ts";
import { mergeStory } from "../../../lib/story/merge-story.ts";
import type { QuizArticle, QuizInput } from "../../../lib/quiz/generate-quiz.ts";

/** A hand-written article: facts are named by their words and located in the body, so offsets are real. */
export interface Spec {
  slug: string;
  outlet?: string;
  title?: string;
  published?: string;
  body: string;
  people?: { name: string; aliases?: string[] }[];
  quotes?: { text: string; speaker: string | null; kind?: SpeakerKind; confidence?: number }[];
  places?: { name: string; kind: PlaceFact["kind"]; clause: string }[];
  dates?: { text: string; value: string; clause: string; confidence?: number }[];
  numbers?: { text: string; value: number; counted: string; clause: string }[];
}

function span(body: string, text: string, from = 0) {
  const start = body.indexOf(text, from);
  if (start < 0) throw new Error(`fixture: "${text}" not in body`);
  return { start, end: start + text.length, text };
}

/** The sentence around a span: from the previous stop to the next. */
function sentenceOf(body: string, start: number, end: number) {
  const from = Math.max(body.lastIndexOf(". ", start) + 2, 0);
  const stop = body.indexOf(". ", end);
  const to = stop < 0 ? body.length : stop + 1;
  return { start: from === 1 ? 0 : from, end: to, text: body.slice(from === 1 ? 0 : from, to) };
}

/** Builds an article's facts from a spec. */
export function articleFacts(spec: Spec): QuizArticle & { published: string } {
  const { slug, body } = spec;
  const published = spec.published ?? "2025-03-18";
  const people: PersonFact[] = (spec.people ?? []).map((p) => {
    const s = span(body, p.name);
    return { id: factId("person", slug, s.start, s.end), article: slug, ...s, confidence: 0.9, type: "person", name: p.name, aliases: p.aliases ?? [], roles: [], mentions: [s] };
  });
  const quotes: QuoteFact[] = (spec.quotes ?? []).map((q) => {
    const s = span(body, q.text);
    const person = people.find((p) => p.name === q.speaker);
    const kind: SpeakerKind = q.speaker === null ? "unknown" : (q.kind ?? "person");
    return {
      id: factId("quote", slug, s.start, s.end), article: slug, ...s, confidence: q.confidence ?? 0.9, type: "quote",
      speaker: { name: q.speaker, kind, ...(person && kind === "person" ? { personId: person.id } : {}) },
      kind: q.text.split(/\s+/).length >= 5 ? "full" : "fragment", sentence: sentenceOf(body, s.start, s.end),
    };
  });
  const places: PlaceFact[] = (spec.places ?? []).map((p) => {
    const clause = span(body, p.clause);
    const s = span(body, p.name, clause.start);
    return { id: factId("place", slug, s.start, s.end), article: slug, ...s, confidence: 0.9, type: "place", name: p.name, kind: p.kind, mentions: [{ ...s, clause }] };
  });
  const dates: DateFact[] = (spec.dates ?? []).map((d) => {
    const clause = span(body, d.clause);
    const s = span(body, d.text, clause.start);
    const granularity = d.value.length === 10 ? "day" : d.value.length === 7 ? "month" : "year";
    return { id: factId("date", slug, s.start, s.end), article: slug, ...s, confidence: d.confidence ?? 0.9, type: "date", value: d.value, granularity, clause };
  });
  const numbers: NumberFact[] = (spec.numbers ?? []).map((n) => {
    const clause = span(body, n.clause);
    const s = span(body, n.text, clause.start);
    return { id: factId("number", slug, s.start, s.end), article: slug, ...s, confidence: 0.9, type: "number", value: n.value, counted: n.counted, clause };
  });
  const facts: ArticleFacts = { article: slug, published, quotes, people, places, dates, numbers };
  return { slug, body, facts, published, ...(spec.outlet ? { outlet: spec.outlet } : {}), ...(spec.title ? { title: spec.title } : {}) };
}

/** Merges the specs into one story, as the CLI does. */
export function quizInput(specs: Spec[], story = "test-story"): QuizInput {
  const articles = specs.map(articleFacts);
  return {
    story: mergeStory(story, articles.map(({ slug, outlet, title, published, facts }) => ({ slug, published, facts, ...(outlet ? { outlet } : {}), ...(title ? { title } : {}) }))),
    articles,
  };
}

const WIRE_BODY =
  "Donald Trump spoke with Vladimir Putin by telephone for two hours on Tuesday. " +
  "Trump said “we are going to work out a peace agreement very soon” after the call. " +
  "Emmanuel Macron said “the guns must fall silent in Ukraine now” in Paris. " +
  "David Lammy said “we have more cards that we can play” in London. " +
  "Dmitry Peskov said “a large number of issues will be discussed today” in Moscow. " +
  "The leaders met in Jeddah to agree a 30-day ceasefire. " +
  "Each week brings 2,500 soldier deaths on the front. " +
  "Ukraine launched a surprise incursion into the Russian border region last August. " +
  "The talks in Riyadh took place on March 11 with American officials. " +
  "Steve Witkoff met the Russian leader in Moscow on Thursday. " +
  "Officials returned to Jeddah later in the week for a second round of talks on the ceasefire.";

/** A small but complete story: quotes by four speakers, places, dates and numbers. */
export const WIRE: Spec = {
  slug: "wire",
  outlet: "Wire",
  body: WIRE_BODY,
  people: [{ name: "Donald Trump", aliases: ["Trump"] }, { name: "Vladimir Putin" }, { name: "Emmanuel Macron" }, { name: "David Lammy" }, { name: "Dmitry Peskov" }],
  quotes: [
    { text: "we are going to work out a peace agreement very soon", speaker: "Donald Trump" },
    { text: "the guns must fall silent in Ukraine now", speaker: "Emmanuel Macron" },
    { text: "we have more cards that we can play", speaker: "David Lammy" },
    { text: "a large number of issues will be discussed today", speaker: "Dmitry Peskov" },
  ],
  places: [
    { name: "Jeddah", kind: "city", clause: "The leaders met in Jeddah to agree a 30-day ceasefire" },
    { name: "Jeddah", kind: "city", clause: "Officials returned to Jeddah later in the week for a second round of talks on the ceasefire" },
    { name: "Ukraine", kind: "country", clause: "Ukraine launched a surprise incursion into the Russian border region last August" },
  ],
  dates: [
    { text: "on Tuesday", value: "2025-03-18", clause: "Donald Trump spoke with Vladimir Putin by telephone for two hours on Tuesday" },
    { text: "last August", value: "2024-08", clause: "Ukraine launched a surprise incursion into the Russian border region last August" },
    { text: "on March 11", value: "2025-03-11", clause: "The talks in Riyadh took place on March 11 with American officials" },
    { text: "on Thursday", value: "2025-03-13", clause: "Steve Witkoff met the Russian leader in Moscow on Thursday" },
  ],
  numbers: [
    { text: "2,500", value: 2500, counted: "soldier deaths", clause: "Each week brings 2,500 soldier deaths on the front" },
    { text: "30-day", value: 30, counted: "day ceasefire", clause: "The leaders met in Jeddah to agree a 30-day ceasefire" },
  ],
};
