import type { ArticleFacts } from "./fact-schema.ts";

/**
 * The JSON the CLI prints for `facts --json`: the full facts plus the flat
 * fields of the shared scoring contract (speaker as a name, place names,
 * date text and value, person name and first role).
 */
export function toEvalContract(facts: ArticleFacts) {
  return {
    article: facts.article,
    published: facts.published,
    quotes: facts.quotes.map((q) => ({ ...q, speaker: q.speaker.name, speakerKind: q.speaker.kind })),
    people: facts.people.map((p) => ({ ...p, role: p.roles[0] ?? null })),
    places: facts.places,
    dates: facts.dates,
    numbers: facts.numbers,
  };
}
