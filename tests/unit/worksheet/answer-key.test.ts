import { describe, expect, it } from "vitest";
import { keyAnswer } from "../../../lib/worksheet/answer-key.ts";
import { paperForm } from "../../../lib/worksheet/paper-form.ts";
import { QUESTIONS } from "./worksheet-fixtures.ts";

const byId = (id: string) => QUESTIONS.find((q) => q.id === id)!;
const keyOf = (id: string) => keyAnswer(byId(id), paperForm(byId(id)));

describe("keyAnswer", () => {
  it.each([
    ["who-said-1", "B", "Dmitry Peskov", []],
    ["true-false-1", "A", "True", []],
    ["source-check-1", "A", "Daily Report", []],
    ["lesson-q-abc", "A, B", "ceasefire; truce", []],
    ["typed-1", "Tuesday 18 March 2025", "Tuesday 18 March 2025", ["2025-03-18", "Tuesday"]],
    ["match-1", "1 B · 2 A", "David Lammy: more cards that we can play; Dmitry Peskov: we never do that", []],
    // Printed boxes: "The call took place." (2nd), "Trump said talks went well." (1st), "Lammy spoke." (3rd).
    ["order-1", "2, 1, 3", "1. Trump said talks went well. 2. The call took place. 3. Lammy spoke.", []],
  ])("%s: mark %j", (id, mark, text, alsoAccepted) => {
    expect(keyOf(id)).toEqual({ mark, text, alsoAccepted });
  });

  it("follows the letters of the form it is given, so each version's key matches its paper", () => {
    const q = byId("who-said-1");
    const reversed = paperForm({ ...q, choices: [...q.choices!].reverse() });
    expect(keyAnswer(q, reversed).mark).toBe("B");
    const rotated = paperForm({ ...q, choices: ["Dmitry Peskov", "David Lammy", "Donald Trump"] });
    expect(keyAnswer(q, rotated).mark).toBe("A");
  });

  it.each([
    ["an answer that is not a choice", { ...byId("who-said-1"), answer: "Vladimir Putin" }, /who-said-1: its answer "Vladimir Putin" is not one of its choices/],
    ["an event missing from the time order", { ...byId("order-1"), answer: ["Lammy spoke."] }, /order-1: the event "The call took place." is missing/],
  ])("refuses %s instead of printing a wrong key", (_, question, message) => {
    expect(() => keyAnswer(question, paperForm(byId(question.id)))).toThrow(message);
  });
});
