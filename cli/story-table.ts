import type { StoryFacts } from "../lib/story/story-schema.ts";

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A readable summary of a merged story: people, quotes with their outlets, and every conflict. */
export function formatStoryTable(story: StoryFacts): string {
  const outletOf = (slug: string) => story.articles.find((a) => a.slug === slug)?.outlet ?? slug;
  const parts = [
    `Story ${story.story}: ${story.articles.length} articles (${story.articles.map((a) => a.outlet ?? a.slug).join(", ")})`,
    `People (${story.people.length})\n${story.people.map((p) => `  ${p.name}${p.aliases.length ? ` (also ${p.aliases.join(", ")})` : ""}${p.roles.length ? ` — ${[...new Set(p.roles.map((r) => r.role))].join("; ")}` : ""}`).join("\n")}`,
    `Quotes (${story.quotes.length})\n${story.quotes
      .map((q) => `  ${q.speaker?.name ?? "(credited differently or unclear)"}: “${clip(q.text, 80)}”  [${q.corroboratedBy} outlet${q.corroboratedBy === 1 ? "" : "s"}]`)
      .join("\n")}`,
    `Conflicts (${story.conflicts.length})\n${
      story.conflicts
        .map(
          (c) =>
            `  “${clip(c.text, 70)}” (${c.kind})\n${c.attributions
              .map((a) => `    credited to ${a.speaker.name} by ${a.articles.map((r) => outletOf(r.slug)).join(", ")}`)
              .join("\n")}`,
        )
        .join("\n") || "  none"
    }`,
    `Places (${story.places.length}): ${story.places.map((p) => p.name).join(", ")}`,
    `Dates (${story.dates.length}): ${story.dates.map((d) => d.value ?? "vague").join(", ")}`,
  ];
  return `${parts.join("\n\n")}\n`;
}
