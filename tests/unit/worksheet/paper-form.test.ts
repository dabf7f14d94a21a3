import { describe, expect, it } from "vitest";
import { choiceLetter, paperForm, paperInstruction, paperPrompt, takesSeveral } from "../../../lib/worksheet/paper-form.ts";
import type { PaperForm } from "../../../lib/worksheet/worksheet-schema.ts";
import { QUESTIONS } from "./worksheet-fixtures.ts";

const byId = (id: string) => QUESTIONS.find((q) => q.id === id)!;

describe("paperForm", () => {
  it.each([
    ["who-said-1", { type: "choices", several: false, letters: "ABC" }, "Circle one letter."],
    ["true-false-1", { type: "choices", several: false, letters: "AB" }, "Circle one letter."],
    ["source-check-1", { type: "choices", several: false, letters: "AB" }, "Circle one letter."],
    ["lesson-q-abc", { type: "choices", several: true, letters: "ABC" }, "Circle every right letter: there may be more than one."],
  ])("%s is answered by circling letters", (id, expected, instruction) => {
    const form = paperForm(byId(id));
    expect(form.type).toBe(expected.type);
    if (form.type !== "choices") throw new Error("not a choice form");
    expect(form.several).toBe(expected.several);
    expect(form.choices.map((c) => c.letter).join("")).toBe(expected.letters);
    expect(form.choices.map((c) => c.text)).toEqual(byId(id).choices);
    expect(paperInstruction(form)).toBe(instruction);
  });

  it("gives a typed question writing lines, two for a long answer", () => {
    expect(paperForm(byId("typed-1"))).toEqual({ type: "lines", lines: 1 });
    expect(paperForm({ kind: "typed", answer: "the Zaporizhzhia nuclear power plant in Enerhodar" })).toEqual({ type: "lines", lines: 2 });
    expect(paperInstruction({ type: "lines", lines: 1 })).toBe("Write your answer on the line.");
  });

  it("gives a match question its items and lettered choices for two columns", () => {
    expect(paperForm(byId("match-1"))).toEqual({
      type: "match",
      items: ["David Lammy", "Dmitry Peskov"],
      choices: [
        { letter: "A", text: "we never do that" },
        { letter: "B", text: "more cards that we can play" },
      ],
    });
  });

  it("gives an order question one box per event, in the order given", () => {
    const form = paperForm(byId("order-1"));
    expect(form).toEqual({ type: "order", events: ["The call took place.", "Trump said talks went well.", "Lammy spoke."] });
    expect(paperInstruction(form)).toBe("Number the boxes from 1 (earliest) to 3 (latest).");
  });
});

describe("takesSeveral", () => {
  it.each([
    [{ kind: "source-check" as const, answer: "X" }, false],
    [{ kind: "source-check" as const, answer: ["X", "Y"] }, true],
    [{ kind: "choice" as const, answer: ["X", "Y"] }, true],
    [{ kind: "choice" as const, answer: "X" }, false],
    [{ kind: "who-said" as const, answer: "X" }, false],
  ])("%j → %s", (question, expected) => {
    expect(takesSeveral(question)).toBe(expected);
  });
});

describe("choiceLetter", () => {
  it.each([
    [0, "A"],
    [3, "D"],
    [25, "Z"],
  ])("%i → %s", (index, letter) => {
    expect(choiceLetter(index)).toBe(letter);
  });

  it.each([-1, 26, 1.5])("has no letter for %d", (index) => {
    expect(() => choiceLetter(index)).toThrow(/at most 26/);
  });
});

describe("paperPrompt", () => {
  const lines: PaperForm = { type: "lines", lines: 1 };
  const choices: PaperForm = { type: "choices", several: false, choices: [{ letter: "A", text: "x" }, { letter: "B", text: "y" }] };
  it.each([
    ["Type the date that fills the blank: “____.”", lines, "Write the date that fills the blank: “____.”"],
    ["Typed letters are kept", lines, "Typed letters are kept"],
    ["Type the date", choices, "Type the date"],
  ])("%j on %j", (prompt, form, expected) => {
    expect(paperPrompt(prompt, form)).toBe(expected);
  });
});
