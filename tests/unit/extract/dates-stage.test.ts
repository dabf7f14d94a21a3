import { describe, expect, it } from "vitest";
import { extractDates } from "../../../lib/extract/dates-stage.ts";
import { contextFor } from "./extract-helpers.ts";

// Published 2024-06-05, a Wednesday, unless a case pins another day.
const CASES: [string, string, string | null, string?][] = [
  ["The two ministers met on Monday in Rome.", "Monday", "2024-06-03"],
  ["The two ministers will meet on Monday in Rome.", "Monday", "2024-06-10"],
  ["She said Friday that the deal was off.", "Friday", "2024-05-31"],
  ["The panel is meeting on Friday to vote.", "Friday", "2024-06-07"],
  ["Talks are set to resume on Thursday.", "Thursday", "2024-06-06"],
  ["The mayor spoke on Wednesday about the budget.", "Wednesday", "2024-06-05"],
  ["Ahead of the vote, the senator on Tuesday said she was ready.", "Tuesday", "2024-06-04"],
  ["He announced that on Saturday morning he will fly home.", "Saturday morning", "2024-06-08"],
  ["The floods hit the valley last August.", "last August", "2023-08"],
  ["Prices have risen since March 2021.", "March 2021", "2021-03"],
  ["The first round took place on April 9 in the capital.", "April 9", "2024-04-09"],
  ["The treaty was signed on 4 July 1990.", "4 July 1990", "1990-07-04"],
  ["The vote was held on November 3 last time.", "November 3", "2023-11-03"],
  ["The plant opened in January.", "January", "2024-01"],
  ["The park reopened last year.", "last year", "2023"],
  ["The bridge was finished in 1936 after long delays.", "1936", "1936"],
  ["The dateline reads 2024-06-05 at the top.", "2024-06-05", "2024-06-05"],
  ["Voting closes tomorrow, officials said.", "tomorrow", "2024-06-06"],
  ["The ferry sank yesterday near the coast.", "yesterday", "2024-06-04"],
  ["“We will sign it tomorrow,” she said on Monday.", "tomorrow", "2024-06-04"],
  ["The minister told reporters on Monday that the plan was ready. “It goes to parliament tomorrow,” he said.", "tomorrow", "2024-06-04"],
  ["Minister Ana Lima told reporters on Monday that the plan was ready.\n\n“It goes to parliament tomorrow,” Lima said.", "tomorrow", "2024-06-04"],
  ["The launch began at 9:15 a.m. Friday GMT after a delay.", "9:15 a.m. Friday GMT", "2024-05-31"],
  ["The strike ended two days ago.", "two days ago", "2024-06-03"],
  ["Sales rose last month.", "last month", "2024-05"],
  ["The board voted 5-2 last night to move the first bell.", "last night", "2024-06-04"],
  ["Crews cleared the road this morning after the storm.", "this morning", "2024-06-05"],
  // Quoted words with no day of their own were said at the event the lead reports.
  ["The board voted 5-2 last night to move the bell.\n\n“Tonight we finally did something about it,” the chair said.", "Tonight", "2024-06-04"],
  ["Louisville beat Charleston 2-1 on Monday night.\n\n“Today it held up. Tomorrow it will hurt,” Kone said.", "Tomorrow", "2024-06-04"],
  ["The plant opened on May 20 after years of work.\n\n“Today is a good day for the town,” she said.", "Today", "2024-06-05"],
  ["Fighting intensified last week.", "last week", null],
  ["Tensions grew in recent weeks.", "recent weeks", null],
  ["He said the Senate would vote on Friday if talks failed.", "Friday", "2024-06-07"],
  ["A ruling was expected on March 12.", "March 12", "2024-03-12", "2024-02-22"],
  ["A vote is expected in the chamber on Tuesday.", "Tuesday", "2024-06-11"],
  ["Officials said cash could run short by mid-December.", "December", "2024-12"],
  ["Prices rose 5% in the year to September.", "September", "2023-09"],
  ["The guidance will be published on 3 May next year.", "3 May next year", "2025-05-03"],
  ["The plant closed in March last year.", "March last year", "2023-03"],
  ["Ministers met on Monday and signed the deal the following day.", "the following day", "2024-06-04"],
  // A participle after a preposition or a comparative is an adjective, not a past verb: the date keeps the clause's own tense.
  ["Grants for displaced families start in September.", "September", "2024-09"],
  ["A larger randomized trial begins in September.", "September", "2024-09"],
  ["The council approved the plan in September.", "September", "2023-09"],
  // A date that ends a lasting state is ahead, unless the state ended in the past.
  ["Officials have closed the beach through at least Saturday.", "Saturday", "2024-06-08"],
  ["The road stays shut until Friday.", "Friday", "2024-06-07"],
  ["The road was shut until Monday.", "Monday", "2024-06-03"],
  ["The ship was hit on Tuesday. A day earlier, rebels fired on a tanker.", "A day earlier", "2024-06-03"],
  ["Patients usually go home the next day.", "the next day", null],
  // A passive after "be" takes the tense of the word before it: "will be published" is ahead.
  ["The fixtures will be published on June 20.", "June 20", "2019-06-20", "2019-05-26"],
  // "we'll" is "we will".
  ["“We'll have something on the table by June,” the senator said.", "June", "2023-06", "2023-05-09"],
  ["The river was unlikely to recover before the rains begin in October.", "October", "2023-10", "2023-08-09"],
  // Inside a quotation the speaker's tense rules, not the "said" of the attribution.
  ["“We go again in August,” he said.", "August", "2019-08", "2019-05-26"],
  ["The city ignored a 2018 federal court ruling.", "2018", "2018"],
];

describe("extractDates", () => {
  it.each(CASES)("%s → %s = %s", (body, text, value, published) => {
    const dates = extractDates(contextFor(body, published), []);
    const found = dates.find((d) => d.text.includes(text));
    expect(found, JSON.stringify(dates.map((d) => d.text))).toBeDefined();
    expect(found?.value).toBe(value);
    for (const d of dates) expect(body.slice(d.start, d.end)).toBe(d.text);
  });

  it("gives a vague date a null value and vague granularity", () => {
    const [d] = extractDates(contextFor("Talks stalled last week."), []);
    expect(d).toMatchObject({ value: null, granularity: "vague" });
  });

  it("attaches the clause the date belongs to", () => {
    const body = "Officials said on Sunday the talks would cover trade; the markets fell.";
    const [d] = extractDates(contextFor(body), []);
    expect(d.clause?.text).toBe("Officials said on Sunday the talks would cover trade");
  });

  it("uses the quote extractor's sentence when quotes are given", () => {
    const body = "“Results come tomorrow,” the judge said on Friday.";
    const quote = { id: "q", article: "test", type: "quote" as const, start: 1, end: 23, text: body.slice(1, 23), confidence: 1,
      speaker: { name: "judge", kind: "person" as const }, kind: "fragment" as const, sentence: { start: 0, end: body.length, text: body } };
    const found = extractDates(contextFor(body), [quote]).find((d) => d.text === "tomorrow");
    expect(found?.value).toBe("2024-06-01");
  });

  it("dates a quotation the quote extractor left out against when it was said", () => {
    const body = 'The judge ruled. "We vote tomorrow," the clerk said on Monday.';
    const other = { id: "q", article: "test", type: "quote" as const, start: 0, end: 9, text: body.slice(0, 9), confidence: 1,
      speaker: { name: "judge", kind: "person" as const }, kind: "fragment" as const, sentence: { start: 0, end: 16, text: body.slice(0, 16) } };
    const found = extractDates(contextFor(body), [other]).find((d) => d.text === "tomorrow");
    expect(found?.value).toBe("2024-06-04");
  });
});

const NOT_DATES = [
  "Theresa May said the vote would go ahead.",
  "You may leave the room now.",
  "Thousands joined a march on the capital.",
  "March to the river, the captain ordered.",
  "She writes for the Sunday Times.",
  "Version 2.10.3 fixes the bug.",
  "The army sent 1500 troops to the border.",
  "The call began at 1400 GMT.",
  "Supporters gathered on Super Tuesday rallies.",
  "She wrote to May about the plan.",
  "The vote came the day before the election.",
  "The talks ended a day earlier than planned.",
  "She told the BBC's Today programme the plan was sound.",
  "They built a 2000 km pipeline.",
];

describe("extractDates negative cases", () => {
  it.each(NOT_DATES)("finds no resolved date in %s", (body) => {
    const dates = extractDates(contextFor(body), []).filter((d) => d.value !== null && d.confidence > 0.5);
    expect(dates.map((d) => d.text)).toEqual([]);
  });
});

describe("confidence of bare weekdays", () => {
  // Published Wednesday 2024-06-05: "met on Thursday" is six days back, "met on Monday" two.
  it.each([
    ["The two leaders met on Thursday in Rome.", "on Thursday", "2024-05-30", false],
    ["The two leaders met on Monday in Rome.", "on Monday", "2024-06-03", true],
    ["The two leaders will meet on Tuesday in Rome.", "on Tuesday", "2024-06-11", false],
    ["The two leaders will meet on Friday in Rome.", "on Friday", "2024-06-07", true],
  ] as [string, string, string, boolean][])("%s → %s, quizzable %s", (body, text, value, confident) => {
    const date = extractDates(contextFor(body), []).find((d) => body.slice(d.start, d.end).includes(text.replace(/^on /, "")));
    expect([date?.value, (date?.confidence ?? 0) >= 0.8]).toEqual([value, confident]);
  });
});
