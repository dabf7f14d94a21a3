import { describe, expect, test } from "vitest";
import { extractPeopleAndQuotes } from "../../../lib/extract/people-quotes-stage.ts";

const extract = (text: string) => extractPeopleAndQuotes({ article: "t", text, published: "2024-06-05", debug() {} });
const names = (text: string) => extract(text).people.map((p) => p.name);

/** Names with no title and no common given name, known as people only by their context: input, person. */
const positives: [string, string][] = [
  ["“We will lose,” said Søren Kjærgaard.", "Søren Kjærgaard"],
  ["Ngozi Ekwueme, who runs the clinic, disagreed.", "Ngozi Ekwueme"],
  ["Wiremu Tapsell, 41, was not hurt.", "Wiremu Tapsell"],
  ["The study was led by glaciologist Zeynep Kaçar of Ankara University.", "Zeynep Kaçar"],
  ["Bruna Vasconcelos, a Brazilian economist at the bank, disagreed.", "Bruna Vasconcelos"],
  ["The paper is by Eero Mäkinen. Mäkinen said the ice was thin.", "Eero Mäkinen"],
  ["Councillor Rhodri Pryce voted no.", "Rhodri Pryce"],
  ["Rain delayed the talks with Pieter van der Heijden, who chairs the board.", "Pieter van der Heijden"],
  ["Siobhan O'Dwyer-McAllister, 52, was not hurt.", "Siobhan O'Dwyer-McAllister"],
  ["“No,” said Faisal al-Qahtani.", "Faisal al-Qahtani"],
];

/** Input, capitalised spans that must NOT become people. */
const negatives: [string, string[]][] = [
  ["Prices rose in Rosario, officials said.", ["Rosario"]],
  ["In Leeds, the council's leader, Jo Bloggs, said no.", ["Leeds"]],
  ["The Institute for Fiscal Studies said costs rose.", ["Fiscal Studies", "Institute for Fiscal Studies"]],
  ["“It was chaos,” said Goldman Sachs analysts.", ["Goldman Sachs"]],
  ["Kingsmoor Rovers won. Rovers said the pitch was poor.", ["Kingsmoor Rovers"]],
  ["The chief executive of NHS Providers, Sir Alan Penrose, said no.", ["Providers", "NHS Providers"]],
  ["The King's Fund, a think tank, said costs rose.", ["Fund", "King's Fund"]],
  ["They drove to Grants Pass, 40 miles south, on Monday.", ["Grants Pass"]],
  ["The vote came in September, months after the strike.", ["September"]],
  ["Troops will assist Grants Pass residents, the city said.", ["Grants Pass"]],
];

describe("person evidence from context", () => {
  test.each(positives)("%s", (input, name) => expect(names(input)).toContain(name));
  test.each(negatives)("not people: %s", (input, spans) => {
    const found = names(input);
    for (const span of spans) expect(found).not.toContain(span);
  });
});

/** Input, words of the quote, expected speaker (null: no person is credited). */
const quotes: [string, string, string | null][] = [
  ["“We cannot cope,” said the clinic's director, Folasade Adeyemi.", "cope", "Folasade Adeyemi"],
  ["The shadow minister, Ifeoma Obi, accused the council of 'robbing the poor'.", "robbing", "Ifeoma Obi"],
  ["Mayor Tom Reyes resigned. He was accused of 'gross misconduct' by the board.", "misconduct", null],
  ["The Prime Minister has insisted she will 'not flinch'. Ama Owusu, who became Prime Minister in May, spoke later.", "flinch", "Ama Owusu"],
  ["Health Secretary Rupert Vale spoke. Prime Minister Ama Owusu listened. 'We will publish,' the minister told the BBC.", "publish", "Rupert Vale"],
];

describe("roles from a relative clause", () => {
  test("“X, who became Prime Minister,” gives X the role", () => {
    expect(extract("Ama Owusu, who became Prime Minister in May, spoke.").people[0]?.roles).toEqual(["Prime Minister"]);
  });
  test("“who was the president's son” gives no role", () => {
    expect(extract("Tom Reyes, who was the president's son, spoke.").people.find((p) => p.name === "Tom Reyes")?.roles ?? []).toEqual([]);
  });
});

describe("quote attribution", () => {
  test.each(quotes)("%s", (input, word, speaker) => {
    const quote = extract(input).quotes.find((q) => q.text.includes(word));
    expect(quote?.speaker.kind === "person" ? quote.speaker.name : null).toBe(speaker);
  });
});
