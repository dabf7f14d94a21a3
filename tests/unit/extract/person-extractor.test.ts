import { describe, expect, test } from "vitest";
import { extractPeopleAndQuotes } from "../../../lib/extract/people-quotes-stage.ts";

const people = (text: string) =>
  extractPeopleAndQuotes({ article: "t", text, published: "2024-06-05", debug() {} }).people;
const names = (text: string) => people(text).map((p) => p.name);

/** input, expected person name, expected first role (null for none). */
const positives: [string, string, string | null][] = [
  ["Spain's Foreign Minister Ana Ruiz arrived late.", "Ana Ruiz", "Spain's Foreign Minister"],
  ["The bank's deputy governor, Piet Mols, resigned.", "Piet Mols", "deputy governor"],
  ["Aid agency spokesperson Kofi Mensah spoke first.", "Kofi Mensah", "Aid agency spokesperson"],
  ["Talks were led by Secretary of State Lea Horn.", "Lea Horn", "Secretary of State"],
  ["Ivo Brandt, the city's mayor, said little.", "Ivo Brandt", null],
  ["Tarek Saleh, the Egyptian envoy, arrived.", "Tarek Saleh", "Egyptian envoy"],
  ["Mrs Olga Petrov thanked the crew.", "Olga Petrov", null],
  ["Carlos Mendes said the fleet was ready.", "Carlos Mendes", null],
  ["Veteran Jorunn Aasen told the board nothing.", "Jorunn Aasen", null],
  ["The treaty echoed Otto Bismarck, Camillo Cavour and Giuseppe Garibaldi in style.", "Camillo Cavour", null],
  ["Ambassador Rui Costa met Judge Helen Park.", "Helen Park", "Judge"],
  ["Senior guard Mia Castell led the team.", "Mia Castell", "Senior guard"],
  ["A spokesman for Ivo Brandt, Lars Moe, said no.", "Lars Moe", "spokesman for Ivo Brandt"],
];

/** input, capitalised spans that must NOT become people. */
const negatives: [string, string[]][] = [
  ["Officials met in Saudi Arabia and then flew to New Zealand.", ["Saudi Arabia", "New Zealand"]],
  ["The Kennedy Center hosted the White House dinner.", ["Kennedy Center", "White House"]],
  ["On Tuesday in March the Trump-Putin talks began.", ["Tuesday", "March", "Trump-Putin"]],
  ["Reports suggest Recent Delegations met at Truth Social.", ["Reports", "Recent Delegations", "Truth Social"]],
  ["Download The Mint News App for Daily Market Updates.", ["Mint News App", "Daily Market Updates"]],
  ["Bloomberg reported that NATO and the EU met in the Middle East.", ["Bloomberg", "NATO", "Middle East"]],
];

describe("person extraction", () => {
  test.each(positives)("%s", (input, name, role) => {
    const person = people(input).find((p) => p.name === name);
    expect(person?.name).toBe(name);
    if (role) expect(person?.roles[0]).toBe(role);
  });

  test.each(negatives)("not people: %s", (input, spans) => {
    const found = names(input);
    for (const span of spans) expect(found).not.toContain(span);
  });

  test("the employer after “a spokesman for” gets no role", () => {
    expect(people("A spokesman for Ivo Brandt, Lars Moe, said no.").find((p) => p.name === "Ivo Brandt")?.roles).toEqual([]);
  });

  test("a first name is a mention only where the person speaks, so a place sharing it stays a place", () => {
    const found = people("Striker Jordan Ellis scored. “Great,” Jordan said. The team flew to Jordan on Monday.");
    expect(found.find((p) => p.name === "Jordan Ellis")?.mentions.map((m) => m.text)).toEqual(["Jordan Ellis", "Jordan"]);
  });

  test("a surname alone and spelling variants are mentions of one person", () => {
    const text = "Prime Minister Oleksandr Hrytsenko spoke. Hrytsenko said more. Later Hrytsenkko and Hyrtsenko were quoted.";
    const found = people(text);
    expect(found).toHaveLength(1);
    expect(found[0].name).toBe("Oleksandr Hrytsenko");
    expect(found[0].mentions.map((m) => m.text)).toEqual(["Oleksandr Hrytsenko", "Hrytsenko", "Hrytsenkko", "Hyrtsenko"]);
    expect(found[0].aliases).toContain("Hrytsenko");
  });

  test("two people sharing a surname stay two", () => {
    const found = names("Senator Joan Keller met her brother, Governor Paul Keller.");
    expect(found).toEqual(["Joan Keller", "Paul Keller"]);
  });
});
