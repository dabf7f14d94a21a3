import { describe, expect, it } from "vitest";
import { parseCorrections } from "../../../lib/corrections/parse-corrections.ts";

const FILE = "content/articles/ceasefire-call.facts.yaml";

describe("parseCorrections: valid sidecars", () => {
  it("parses every kind of entry, with dates kept as text and bare years accepted", () => {
    const source = [
      "# teacher corrections",
      "fix:",
      '  - quote: "Enough deaths"',
      "    speaker: Emmanuel Macron",
      '  - date: "on Tuesday"',
      "    value: 2025-03-18",
      "drop:",
      '  - quote: "going well"',
      "    note: a paraphrase",
      "add:",
      "  - quote: never been closer",
      "    speaker: White House",
      "    speakerKind: organisation",
      "  - date: last year",
      "    value: 2024",
      "  - number: '2,500'",
      "    value: 2500",
      "    counted: soldier deaths each week",
    ].join("\n");
    const { corrections, problems } = parseCorrections(FILE, source);
    expect(problems).toEqual([]);
    expect(corrections).toEqual({
      fix: [
        { quote: "Enough deaths", speaker: "Emmanuel Macron" },
        { date: "on Tuesday", value: "2025-03-18" },
      ],
      drop: [{ quote: "going well", note: "a paraphrase" }],
      add: [
        { quote: "never been closer", speaker: "White House", speakerKind: "organisation" },
        { date: "last year", value: "2024" },
        { number: "2,500", value: 2500, counted: "soldier deaths each week" },
      ],
    });
  });

  it.each(["", "# nothing to correct yet\n", "fix:\n"])("treats %j as correcting nothing", (source) => {
    expect(parseCorrections(FILE, source)).toEqual({ corrections: { fix: [], drop: [], add: [] }, problems: [] });
  });
});

describe("parseCorrections: malformed sidecars", () => {
  const cases: { name: string; source: string; problems: [line: number, field: string, message: string][] }[] = [
    {
      name: "a date value written in words",
      source: 'fix:\n  - quote: "Enough deaths"\n    speaker: Emmanuel Macron\n  - date: "on Tuesday"\n    value: March 18\n',
      problems: [[5, "fix[1].value", 'expected a date like 2025-03-18 (or 2025-03, or 2025), got "March 18"']],
    },
    {
      name: "a date that is not on the calendar",
      source: "fix:\n  - date: on Tuesday\n    value: 2025-02-30\n",
      problems: [[3, "fix[0].value", 'expected a date like 2025-03-18 (or 2025-03, or 2025), got "2025-02-30"']],
    },
    {
      name: "a mistyped key, which also leaves the speaker missing",
      source: "fix:\n  - quote: going well\n    speakr: Dan Scavino\n",
      problems: [
        [2, "fix[0].speaker", 'missing; add "speaker: ..." to this entry'],
        [3, "fix[0].speakr", 'unknown key "speakr"; a fix quote entry takes quote, speaker, speakerKind, note. Did you mean "speaker"?'],
      ],
    },
    {
      name: "an unknown top-level list",
      source: "fix: []\nremove:\n  - quote: going well\n",
      problems: [[2, "remove", 'unknown key "remove"; the file holds only fix, drop and add.']],
    },
    {
      name: "a bare string instead of an entry",
      source: "drop:\n  - quote: courage\n  - going well\n",
      problems: [[3, "drop[1]", 'expected an entry naming the kind of fact, like - quote: "going well", got "going well"']],
    },
    {
      name: "two facts in one entry",
      source: "drop:\n  - quote: courage\n    date: on Tuesday\n",
      problems: [[2, "drop[0]", "names quote and date; write one fact per entry"]],
    },
    {
      name: "a kind of fact that cannot be fixed in place",
      source: "fix:\n  - person: Zelenksy\n    name: Volodymyr Zelensky\n",
      problems: [[2, "fix[0].person", "a person cannot be fixed in place; fix supports quote, date. Drop the person and add a corrected one instead"]],
    },
    {
      name: "an empty quote and a speaker kind that does not exist",
      source: 'add:\n  - quote: ""\n    speaker: White House\n    speakerKind: org\n',
      problems: [
        [2, "add[0].quote", 'must not be empty; write the words, e.g. quote: "..."'],
        [4, "add[0].speakerKind", 'expected one of person, organisation, group, got "org"'],
      ],
    },
    {
      name: "a number written with a comma, and what it counts missing",
      source: "add:\n  - number: '2,500'\n    value: '2,500'\n",
      problems: [
        [2, "add[0].counted", 'missing; add "counted: ..." to this entry'],
        [3, "add[0].value", 'expected a number like 2500 (no quotes or commas), got "2,500"'],
      ],
    },
    {
      name: "a list written as a single entry",
      source: "drop:\n  quote: courage\n",
      problems: [[2, "drop", 'expected a list of entries, each starting with "- ", got a mapping (indented keys)']],
    },
    {
      name: "problems in several entries are all reported",
      source: "fix:\n  - date: a\n    value: soon\n  - date: b\n    value: 18/03/2025\n",
      problems: [
        [3, "fix[0].value", 'expected a date like 2025-03-18 (or 2025-03, or 2025), got "soon"'],
        [5, "fix[1].value", 'expected a date like 2025-03-18 (or 2025-03, or 2025), got "18/03/2025"'],
      ],
    },
  ];
  it.each(cases)("$name", ({ source, problems }) => {
    const result = parseCorrections(FILE, source);
    expect(result.corrections).toBeUndefined();
    expect(result.problems).toEqual(problems.map(([line, field, message]) => ({ file: FILE, line, field, message })));
  });

  it("reports broken YAML at the line where reading failed", () => {
    const result = parseCorrections(FILE, "fix:\n  - quote: courage\n    speaker: [Emmanuel Macron\n");
    expect(result.corrections).toBeUndefined();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: FILE, field: "" });
    expect(result.problems[0]!.line).toBeGreaterThanOrEqual(3);
    expect(result.problems[0]!.message).toMatch(/^the YAML cannot be read \(.+\); check the indentation/);
  });
});
