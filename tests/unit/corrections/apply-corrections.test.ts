import { describe, expect, it } from "vitest";
import { applyCorrections } from "../../../lib/corrections/apply-corrections.ts";
import { parseCorrections } from "../../../lib/corrections/parse-corrections.ts";
import { articleFactsSchema } from "../../../lib/extract/fact-schema.ts";
import { mergeStory } from "../../../lib/story/merge-story.ts";
import { article } from "../story/story-fixtures.ts";

const FILE = "content/articles/report.facts.yaml";
const BODY = [
  "UK Foreign Secretary David Lammy told MPs: ‘Enough deaths. Enough lives destroyed. The guns must fall silent.’",
  "French President Emmanuel Macron praised Zelensky’s “courage” and said it takes courage to stop.",
  "The White House said the call was “going well”, and that peace had “never been closer”.",
  "The call will take place on Tuesday, officials said. Trump said “it must end now”. Some 2,500 soldiers die each week.",
].join("\n");
const REPORT = article({
  slug: "report",
  outlet: "Daily Report",
  body: BODY,
  people: [{ name: "David Lammy", roles: ["UK Foreign Secretary"] }, { name: "Emmanuel Macron", roles: ["French President"] }],
  quotes: [
    { text: "Enough deaths. Enough lives destroyed. The guns must fall silent.", speaker: "David Lammy" },
    { text: "courage", speaker: "Emmanuel Macron" },
    { text: "going well", speaker: "White House", kind: "organisation" },
    { text: "never been closer", speaker: null },
  ],
  dates: [{ text: "on Tuesday", value: "2025-03-19" }],
});

function run(yaml: string) {
  const { corrections, problems } = parseCorrections(FILE, yaml);
  expect(problems).toEqual([]);
  return applyCorrections(FILE, yaml, BODY, REPORT.facts, corrections!);
}

describe("applyCorrections", () => {
  it("fixes a speaker to the article's person, settling it with full confidence", () => {
    const { facts, problems } = run('fix:\n  - quote: "enough deaths"\n    speaker: emmanuel macron\n');
    expect(problems).toEqual([]);
    const quote = facts.quotes[0]!;
    expect(quote.speaker).toEqual({ name: "Emmanuel Macron", kind: "person", personId: REPORT.facts.people[1]!.id });
    expect([quote.corrected, quote.confidence, quote.text]).toEqual([true, 1, REPORT.facts.quotes[0]!.text]);
    expect(facts.quotes.slice(1)).toEqual(REPORT.facts.quotes.slice(1));
    expect(articleFactsSchema.parse(facts)).toEqual(facts);
  });

  it("takes the speaker kind the article already uses for a name", () => {
    const { facts } = run("fix:\n  - quote: never been closer\n    speaker: White House\n");
    expect(facts.quotes[3]!.speaker).toEqual({ name: "White House", kind: "organisation" });
  });

  it("fixes a date's value and granularity", () => {
    const { facts } = run("fix:\n  - date: On Tuesday\n    value: 2025-03-18\n");
    expect(facts.dates[0]).toMatchObject({ value: "2025-03-18", granularity: "day", corrected: true, confidence: 1, text: "on Tuesday" });
  });

  it("prefers the fact that is exactly the words over facts that contain them", () => {
    const { facts } = run("drop:\n  - quote: courage\n");
    expect(facts.quotes.map((q) => q.text)).not.toContain("courage");
    expect(facts.quotes).toHaveLength(3);
  });

  it("drops a person and unlinks quotes credited to them, keeping the name", () => {
    const { facts } = run("drop:\n  - person: Lammy\n");
    expect(facts.people.map((p) => p.name)).toEqual(["Emmanuel Macron"]);
    expect(facts.quotes[0]!.speaker).toEqual({ name: "David Lammy", kind: "person" });
  });

  it("adds a quote typed with straight quotes, at the article's own offsets and sentence", () => {
    const { facts, problems } = run("add:\n  - quote: \"Zelensky's\"\n    speaker: Emmanuel Macron\n  - number: '2,500'\n    value: 2500\n    counted: soldiers die each week\n");
    expect(problems).toEqual([]);
    const added = facts.quotes.find((q) => q.corrected)!;
    expect(BODY.slice(added.start, added.end)).toBe("Zelensky’s");
    expect(added).toMatchObject({ text: "Zelensky’s", confidence: 1, kind: "fragment", speaker: { name: "Emmanuel Macron", kind: "person" } });
    expect(added.sentence.text).toBe("French President Emmanuel Macron praised Zelensky’s “courage” and said it takes courage to stop.");
    expect(facts.quotes.map((q) => q.start)).toEqual([...facts.quotes.map((q) => q.start)].sort((a, b) => a - b));
    expect(facts.numbers).toEqual([expect.objectContaining({ text: "2,500", value: 2500, counted: "soldiers die each week", corrected: true })]);
    expect(articleFactsSchema.parse(facts)).toEqual(facts);
  });

  const problemCases: { name: string; yaml: string; problems: [line: number, field: string, message: RegExp][] }[] = [
    {
      name: "a fix that matches no quote",
      yaml: "fix:\n  - quote: courage\n    speaker: Emmanuel Macron\n  - quote: peace is near\n    speaker: Marco Rubio\n",
      problems: [[4, "fix[1].quote", /^no quote matches "peace is near"; copy a few words exactly as the article has them \(the article's quotes include "Enough deaths/]],
    },
    {
      name: "a drop that matches several quotes",
      yaml: "drop:\n  - quote: en\n",
      problems: [[2, "drop[0].quote", /^"en" matches 2 quotes \("Enough deaths.*", "never been closer"\); add more words so only one matches$/]],
    },
    {
      name: "an addition whose words are not in the article",
      yaml: "add:\n  - quote: peace is near\n    speaker: Marco Rubio\n",
      problems: [[2, "add[0].quote", /^"peace is near" is not in the article; copy the words exactly as written there$/]],
    },
    {
      name: "an addition of a fact the article already has",
      yaml: "add:\n  - quote: going well\n    speaker: Dan Scavino\n",
      problems: [[2, "add[0].quote", /^the article already has this quote; use fix \(or drop\) instead of add$/]],
    },
    {
      name: "one fact both dropped and fixed",
      yaml: "drop:\n  - quote: going well\nfix:\n  - quote: going WELL\n    speaker: Dan Scavino\n",
      problems: [[4, "fix[0].quote", /^this quote is already changed by drop\[0\]; keep one entry per fact$/]],
    },
    {
      name: "a fix of a kind of fact the article has none of",
      yaml: "drop:\n  - place: Kyiv\n",
      problems: [[2, "drop[0].place", /the article has no place facts\)$/]],
    },
  ];
  it.each(problemCases)("reports $name at its line", ({ yaml, problems }) => {
    const { corrections } = parseCorrections(FILE, yaml);
    const result = applyCorrections(FILE, yaml, BODY, REPORT.facts, corrections!);
    expect(result.problems.map((p) => [p.file, p.line, p.field])).toEqual(problems.map(([line, field]) => [FILE, line, field]));
    result.problems.forEach((p, i) => expect(p.message).toMatch(problems[i]![2]));
  });

  it("still applies the entries without problems", () => {
    const { facts, problems } = run("drop:\n  - quote: courage\n  - quote: not in there\n");
    expect(problems).toHaveLength(1);
    expect(facts.quotes).toHaveLength(3);
  });
});

describe("corrections in the story merge", () => {
  const other = article({
    slug: "live",
    outlet: "Live Wire",
    body: "“Enough deaths. Enough lives destroyed. The guns must fall silent,” Emmanuel Macron said.",
    people: [{ name: "Emmanuel Macron" }],
    quotes: [{ text: "Enough deaths. Enough lives destroyed. The guns must fall silent,", speaker: "Emmanuel Macron" }],
  });
  const story = (yaml: string) => mergeStory("call", [other, { ...REPORT, facts: run(yaml).facts }]);

  it("has a conflict until a teacher corrects the outlet to agree", () => {
    expect(story("").conflicts.map((c) => c.attributions.map((a) => a.speaker.name))).toEqual([["David Lammy", "Emmanuel Macron"]]);
    const settled = story("fix:\n  - quote: Enough deaths\n    speaker: Emmanuel Macron\n");
    expect(settled.conflicts).toEqual([]);
    expect(settled.quotes.find((q) => q.reports.length === 2)!.speaker?.name).toBe("Emmanuel Macron");
  });

  it("keeps the conflict when the correction names yet another speaker", () => {
    const kept = story("fix:\n  - quote: Enough deaths\n    speaker: Keir Starmer\n");
    expect(kept.conflicts.map((c) => c.attributions.map((a) => [a.speaker.name, a.articles.map((r) => r.corrected)]))).toEqual([
      [
        ["Emmanuel Macron", [false]],
        ["Keir Starmer", [true]],
      ],
    ]);
  });
});
