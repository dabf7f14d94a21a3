import { describe, expect, it } from "vitest";
import { mergeStory } from "../../../lib/story/merge-story.ts";
import { fullNamesMatch, parseName, partialNameFits, surnamesMatch } from "../../../lib/story/name-matcher.ts";
import { article } from "./story-fixtures.ts";

describe("name matching", () => {
  const surnames = [
    ["zelensky", "zelenskyy", true],
    ["zelensky", "zelenksy", true],
    ["zelenskyy", "zelenksy", true],
    ["peskov", "petrov", false],
    ["lammy", "lamb", false],
    ["rubio", "rubio", true],
    ["ng", "ny", false],
  ] as const;
  it.each(surnames)("%s ~ %s → %s", (a, b, expected) => {
    expect(surnamesMatch(a, b)).toBe(expected);
  });

  const names = [
    ["Volodymyr Zelensky", "Volodymyr Zelenskyy", true],
    ["Donald Trump", "Melania Trump", false],
    ["President Donald Trump", "Donald Trump", true],
    ["Donald J. Trump", "Donald Trump", true],
    ["Dan Scavino", "Don Scavino", false],
  ] as const;
  it.each(names)("%s ~ %s → %s", (a, b, expected) => {
    expect(fullNamesMatch(parseName(a)!, parseName(b)!)).toBe(expected);
  });

  it("fits a surname or an initial only to a compatible full name", () => {
    expect(partialNameFits(parseName("Zelenksy")!, parseName("Volodymyr Zelensky")!)).toBe(true);
    expect(partialNameFits(parseName("V. Zelensky")!, parseName("Volodymyr Zelensky")!)).toBe(true);
    expect(partialNameFits(parseName("O. Zelensky")!, parseName("Volodymyr Zelensky")!)).toBe(false);
  });
});

describe("mergePeople via mergeStory", () => {
  it("merges spelling variants across three outlets, keeping every alias, role and fact reference", () => {
    const inputs = [
      article({ slug: "a", outlet: "A", body: "Volodymyr Zelensky, Ukraine’s President, spoke.", people: [{ name: "Volodymyr Zelensky", aliases: ["Zelensky"], roles: ["Ukraine’s President"] }] }),
      article({ slug: "b", outlet: "B", body: "Volodymyr Zelenskyy, Ukrainian President, spoke.", people: [{ name: "Volodymyr Zelenskyy", roles: ["Ukrainian President"] }] }),
      article({ slug: "c", outlet: "C", body: "Volodymyr Zelenksy spoke, and Volodymyr Zelensky again.", people: [{ name: "Volodymyr Zelenksy" }] }),
      article({ slug: "d", body: "Volodymyr Zelensky spoke.", people: [{ name: "Volodymyr Zelensky" }] }),
    ];
    const story = mergeStory("s", inputs);
    expect(story.people).toHaveLength(1);
    const person = story.people[0]!;
    expect(person.name).toBe("Volodymyr Zelensky");
    expect(person.aliases).toEqual(["Volodymyr Zelenksy", "Volodymyr Zelenskyy", "Zelensky"]);
    expect(person.roles).toEqual([
      { role: "Ukraine’s President", slug: "a", outlet: "A" },
      { role: "Ukrainian President", slug: "b", outlet: "B" },
    ]);
    expect(person.facts.map((f) => [f.slug, f.factId])).toEqual(inputs.map((i) => [i.slug, i.facts.people[0]!.id]));
  });

  const cases = [
    { name: "different first names stay apart", people: ["Donald Trump", "Melania Trump"], groups: [["Donald Trump"], ["Melania Trump"]] },
    { name: "a bare surname joins the one person it fits", people: ["Donald Trump", "Trump"], groups: [["Donald Trump", "Trump"]] },
    { name: "a bare surname that fits two people joins neither", people: ["Donald Trump", "Melania Trump", "Trump"], groups: [["Donald Trump"], ["Melania Trump"], ["Trump"]] },
    { name: "an initial joins the person it fits", people: ["Karoline Leavitt", "K. Leavitt"], groups: [["K. Leavitt", "Karoline Leavitt"]] },
    { name: "similar surnames with different people", people: ["Dmitry Peskov", "Dmitry Petrov"], groups: [["Dmitry Peskov"], ["Dmitry Petrov"]] },
  ];
  it.each(cases)("$name", ({ people, groups }) => {
    const story = mergeStory(
      "s",
      people.map((name, i) => article({ slug: `art-${i}`, body: `${name} spoke.`, people: [{ name }] })),
    );
    const actual = story.people.map((p) => [p.name, ...p.aliases].sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
    expect(actual).toEqual(groups);
  });
});
