import type { ArticleFacts } from "../lib/extract/fact-schema.ts";

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A readable, sectioned table of one article's facts for the terminal. */
export function formatFactsTable(facts: ArticleFacts): string {
  const sections: string[] = [];
  const section = (title: string, rows: string[]) =>
    sections.push(`${title} (${rows.length})\n${rows.length ? rows.map((r) => `  ${r}`).join("\n") : "  none found"}`);
  section(
    "Quotes",
    facts.quotes.map((q) => {
      const marks = [q.kind, `confidence ${q.confidence.toFixed(2)}`, q.channel && `on ${q.channel}`, q.corrected && "corrected by the teacher"];
      return `${q.speaker.name ?? "(speaker unclear)"}: “${clip(q.text, 90)}”  [${marks.filter(Boolean).join(", ")}] @${q.start}`;
    }),
  );
  section("People", facts.people.map((p) => `${p.name}${p.roles.length ? ` — ${p.roles.join("; ")}` : ""}  (${p.mentions.length} mentions)`));
  section("Places", facts.places.map((p) => `${p.name} (${p.kind})  (${p.mentions.length} mentions)`));
  section("Dates", facts.dates.map((d) => `${d.text} → ${d.value ?? "vague"} (${d.granularity})${d.corrected ? "  corrected by the teacher" : ""}`));
  section("Numbers", facts.numbers.map((n) => `${n.value.toLocaleString("en-US")} ${n.counted}  (“${clip(n.text, 40)}”)`));
  return `${sections.join("\n\n")}\n`;
}
