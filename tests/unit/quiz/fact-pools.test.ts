import { describe, expect, it } from "vitest";
import { candidateQuestions } from "../../../lib/quiz/generate-quiz.ts";
import { buildContext } from "../../../lib/quiz/quiz-context.ts";
import { usableDates } from "../../../lib/quiz/date-pool.ts";
import { usableNumbers } from "../../../lib/quiz/number-pool.ts";
import { settledQuotes } from "../../../lib/quiz/quote-pool.ts";
import { speakerDistractors } from "../../../lib/quiz/speaker-candidates.ts";
import { quizInput, type Spec } from "./quiz-fixtures.ts";

/** The figures of one sentence the number pool would ask about. */
function asked(body: string, text: string, value: number, counted: string): boolean {
  const spec: Spec = { slug: "a", body, numbers: [{ text, value, counted, clause: body }] };
  return usableNumbers(buildContext(quizInput([spec]), 1)).length > 0;
}

describe("number pool", () => {
  it.each([
    // Counts of the story are asked.
    ["Floods forced 4,000 residents from their homes along the river valley on Sunday.", "4,000", 4000, "residents", true],
    ["Nearly 400 homes were left without power across the county after the storm.", "400", 400, "homes", true],
    // An age describes a person; a number in a name is a label; "one of the" is a set phrase.
    ["The driver, a 34-year-old man from the valley, was taken to hospital on Sunday.", "34", 34, "man", false],
    ["The driver, aged 61, was taken to hospital after the crash on Sunday night.", "61", 61, "", false],
    ["A stretch of I-70 near the river was closed to traffic for most of Sunday.", "70", 70, "near the river", false],
    ["Crews said the storm damaged Route 9 bridges in three places over the weekend.", "9", 9, "bridges", false],
    ["The river valley is one of the most flood-prone areas in the whole of the state.", "one", 1, "of the most flood-prone areas", false],
    // A part of a clock or race time is no count.
    ["Goossens crossed the line in 4:51:22 after a long solo attack on the final climb of the day.", "4", 4, "hours", false],
    ["Goossens crossed the line in 4:51:22 after a long solo attack on the final climb of the day.", "51", 51, "minutes", false],
    // A rung of a series is a label; the whole of "41 of 212" is asked through its part.
    ["The town moved to level 6 water restrictions on Monday after the dam fell further.", "6", 6, "water restrictions", false],
    ["Inspectors found that 41 of 212 forms had been altered after polling day in the county.", "212", 212, "forms", false],
    ["Inspectors found that 41 of 212 forms had been altered after polling day in the county.", "41", 41, "forms", true],
    // An age in apposition, a person's tenure and a body's membership are biography and background.
    ["Winger Sione Lolohea, 22, scored twice before the break in front of a big crowd at the ground.", "22", 22, "", false],
    ["Striker Thabo Maseko, who has 12 years of service at the mine, said the workers would stay out.", "12", 12, "years of service", false],
    ["The bill is opposed by the trucking association of about 340 companies across the state, officials said.", "340", 340, "companies", false],
    // The size of a survey's sample is its method; what the sample said is the finding.
    ["A survey of 2,000 adults found that most of them had skipped a meal to save money this winter.", "2,000", 2000, "adults", false],
    ["The charity handed out 2,000 food parcels in the town over the winter, its director said on Monday.", "2,000", 2000, "food parcels", true],
  ] as const)("%s (%s) → asked: %s", (body, text, value, counted, expected) => {
    expect(asked(body, text, value, counted)).toBe(expected);
  });
});

describe("date pool", () => {
  const body = (sentence: string) => `Officials in the river town spoke to reporters after the floods.\n\n${sentence}`;
  it.each([
    // A past weekday is sure of its week; a coming one may be weeks away.
    ["The council met on Tuesday to approve the emergency funding for the repairs.", "Tuesday", "2025-03-18", true],
    ["The final of the regional cup will be played on Saturday in the repaired stadium.", "Saturday", "2025-03-22", false],
    // A coming date written with its day of the month is asked.
    ["The final of the regional cup will be played on March 29 in the repaired stadium.", "March 29", "2025-03-29", true],
  ] as const)("%s → asked: %s", (sentence, text, value, expected) => {
    const spec: Spec = { slug: "a", body: body(sentence), published: "2025-03-19", dates: [{ text, value, clause: sentence }] };
    expect(usableDates(buildContext(quizInput([spec]), 1)).length > 0).toBe(expected);
  });
});

describe("how-many choices", () => {
  /** The choices of the how-many question on `text`; `others` are the passage's other figures, as the extractor finds them. */
  const choicesFor = (body: string, text: string, value: number, counted: string, others: [string, number, string][] = []) => {
    const numbers = [[text, value, counted] as const, ...others].map(([t, v, c]) => ({ text: t, value: v, counted: c, clause: body }));
    const spec: Spec = { slug: "a", body, numbers };
    return candidateQuestions(quizInput([spec]), 1).questions.find((q) => q.kind === "how-many" && q.answer === text.replace(/%$/, ""))?.choices ?? [];
  };

  it.each([
    // The sum or difference of two other figures in the passage, and a share the passage also gives as a fraction.
    ["Langat polled 18,947 votes against 17,741 for his rival, a margin of 1,206, the court heard on Monday.", "18,947", 18947, "votes", [["17,741", 17741, "votes"], ["1,206", 1206, "margin"]]],
    ["Almost two-thirds of the pupils, 67%, said they used their phones after lights out on school nights.", "67", 67, "percent of the pupils", []],
  ] as [string, string, number, string, [string, number, string][]][])("asks no figure the passage lets a reader work out: %s", (body, text, value, counted, others) => {
    expect(choicesFor(body, text, value, counted, others)).toEqual([]);
  });

  it("asks no figure written as a bound: the key would sit at one end of its choices", () => {
    for (const bound of ["more than", "at least", "fewer than"]) {
      expect(choicesFor(`Officials said ${bound} 48,000 people had left their homes on the island by Sunday night.`, "48,000", 48_000, "people")).toEqual([]);
    }
    expect(choicesFor("Officials said 48,312 people had left their homes on the island by Sunday night.", "48,312", 48_312, "people").length).toBeGreaterThanOrEqual(3);
  });

  it("asks the winner's votes when the passage gives nothing to add up", () => {
    expect(choicesFor("Langat polled 18,947 votes in the by-election, the returning officer said on Monday.", "18,947", 18947, "votes").length).toBeGreaterThanOrEqual(3);
  });

  it("asks no total the passage gives as a product (“700,000 vouchers worth $30 each”)", () => {
    const body = "The government will hand out 700,000 vouchers worth $30 each, a scheme costing $21 million in all, the minister said.";
    expect(choicesFor(body, "$21 million", 21_000_000, "scheme", [["700,000", 700_000, "vouchers"], ["$30", 30, "each"]])).toEqual([]);
  });

  it("never offers a value printed elsewhere in the passage", () => {
    for (const limit of [70, 65, 75]) {
      const body = `The speed limit on the Route 80 stretch will rise to ${limit} miles an hour next spring, its sponsor said.`;
      const choices = choicesFor(body, String(limit), limit, "miles an hour");
      expect(choices.length).toBeGreaterThanOrEqual(3);
      expect(choices).not.toContain("80");
    }
  });

  it("keeps “a” or “an” right when a false statement changes the figure", () => {
    for (const [years, value] of [["seven", 7], ["eleven", 11], ["nine", 9], ["six", 6]] as const) {
      const body = `The Mariners ended a ${years}-year wait for the title with a win over the Ravens at the ground on Saturday.`;
      const spec: Spec = { slug: "a", body, numbers: [{ text: years, value, counted: "year wait", clause: body }] };
      for (const pair of candidateQuestions(quizInput([spec]), 1).trueFalse.values()) {
        const m = /\b([Aa]n?) (\w+)-year wait/.exec(pair.falsified.prompt);
        if (!m) continue;
        expect(m[1]!.toLowerCase()).toBe(/^(?:eight|eleven)$/.test(m[2]!) ? "an" : "a");
      }
    }
  });

  it("keeps every wrong value on the key's side of the passage's other figures", () => {
    const choices = choicesFor("The city now counts 1,140 short-term rentals, and about 780 of them are whole homes, the report said.", "1,140", 1140, "short-term rentals", [["780", 780, "whole homes"]]);
    expect(choices.length).toBeGreaterThanOrEqual(3);
    for (const c of choices) expect(Number(c.replace(/,/g, ""))).toBeGreaterThan(780);
  });

  it("never offers a share above 100 per cent", () => {
    const choices = choicesFor("Turnout in the district reached 96% of registered voters at the election on Sunday.", "96%", 96, "percent of registered voters");
    expect(choices.length).toBeGreaterThanOrEqual(3);
    for (const c of choices) expect(Number.parseFloat(c)).toBeLessThanOrEqual(100);
  });

  it("keeps a precise measure's neighbours within a few per cent, at its own precision", () => {
    const choices = choicesFor("Ana Ruiz won the final in 52.31 seconds, a national record for the distance, on Sunday evening.", "52.31", 52.31, "seconds");
    expect(choices.length).toBeGreaterThanOrEqual(3);
    for (const c of choices) {
      expect(c).toMatch(/^\d+\.\d\d\b/);
      expect(Math.abs(Number.parseFloat(c) / 52.31 - 1)).toBeLessThanOrEqual(0.06);
    }
  });
});

describe("speaker distractors", () => {
  const body =
    "Mayor Ruth Nakato opened the bridge on Sunday. “This crossing joins two halves of one town,” Nakato said. " +
    "Engineer David Mutua led the works. “We poured the last span in the rain,” Mutua said. " +
    "Shopkeeper Ana Ruiz sells bread by the river. “My customers can walk here now,” Ruiz said. " +
    "The bridge replaces one built by Tomas Berg in 1910.";
  const people = ["Ruth Nakato", "David Mutua", "Ana Ruiz", "Tomas Berg"].map((name) => ({ name }));
  const quotes = [
    { text: "This crossing joins two halves of one town,", speaker: "Ruth Nakato" },
    { text: "We poured the last span in the rain,", speaker: "David Mutua" },
    { text: "My customers can walk here now,", speaker: "Ana Ruiz" },
  ];

  it("never offers a bare surname or a titled name beside whole names", () => {
    const extra = " “The old bridge was a danger to everyone,” Berg said. “We rebuilt it in a single summer,” Cr Olsen said. “The river will rise again,” van Dijk said. “Nobody asked the farmers,” Co Limerick said.";
    const input = quizInput([{
      slug: "a", body: body + extra, people: people.slice(0, 3),
      quotes: [...quotes, { text: "The old bridge was a danger to everyone,", speaker: "Berg" }, { text: "We rebuilt it in a single summer,", speaker: "Cr Olsen" }, { text: "The river will rise again,", speaker: "van Dijk" }, { text: "Nobody asked the farmers,", speaker: "Co Limerick" }],
    }]);
    const context = buildContext(input, 1);
    for (const quote of settledQuotes(context)) {
      const wrong = speakerDistractors(context, quote, 3, quote.fact.id);
      expect(wrong).not.toContain("Berg");
      expect(wrong).not.toContain("Cr Olsen");
      expect(wrong).not.toContain("van Dijk");
      expect(wrong).not.toContain("Co Limerick");
    }
  });

  it("offers other speakers only when two or more others speak, never someone the story merely names", () => {
    const input = quizInput([{ slug: "a", body, people, quotes }]);
    // The story gives the builder a role, as the extractor would for "architect Tomas Berg": he is prominent, yet never quoted.
    input.story.people.find((p) => p.name === "Tomas Berg")!.roles.push({ role: "architect", slug: "a" });
    const context = buildContext(input, 1);
    const settled = settledQuotes(context);
    expect(settled.length).toBe(3);
    for (const quote of settled) {
      const wrong = speakerDistractors(context, quote, 3, quote.fact.id);
      expect(wrong).not.toContain("Tomas Berg");
      expect(wrong).not.toContain(quote.speaker);
      expect(wrong.length).toBe(2);
    }
  });
});
