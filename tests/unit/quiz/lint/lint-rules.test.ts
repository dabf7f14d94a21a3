import { describe, expect, test } from "vitest";
import { blankContextRule } from "../../../../lib/quiz/lint/blank-context-rule.ts";
import { blankWordRule } from "../../../../lib/quiz/lint/blank-word-rule.ts";
import { chooseAllRule } from "../../../../lib/quiz/lint/choose-all-rule.ts";
import { dateChoicesRule } from "../../../../lib/quiz/lint/date-choices-rule.ts";
import { furnitureRule } from "../../../../lib/quiz/lint/furniture-rule.ts";
import { grammarFitRule } from "../../../../lib/quiz/lint/grammar-fit-rule.ts";
import type { LintRule } from "../../../../lib/quiz/lint/lint-rule.ts";
import { nameShapeRule } from "../../../../lib/quiz/lint/name-shape-rule.ts";
import { numberChoicesRule } from "../../../../lib/quiz/lint/number-choices-rule.ts";
import { placeBlankRule } from "../../../../lib/quiz/lint/place-blank-rule.ts";
import { placeChoicesRule } from "../../../../lib/quiz/lint/place-choices-rule.ts";
import { quoteMarksRule } from "../../../../lib/quiz/lint/quote-marks-rule.ts";
import { sourceLabelRule } from "../../../../lib/quiz/lint/source-label-rule.ts";
import { speakerChoicesRule } from "../../../../lib/quiz/lint/speaker-choices-rule.ts";
import { statementRule } from "../../../../lib/quiz/lint/statement-rule.ts";
import { wellFormedRule } from "../../../../lib/quiz/lint/well-formed-rule.ts";
import type { Question } from "../../../../lib/quiz/question-schema.ts";
import { buildContext } from "../../../../lib/quiz/quiz-context.ts";
import { quizInput } from "../quiz-fixtures.ts";
import { context, evidenceOf, question } from "./lint-fixtures.ts";

/** One row: what the question looks like, and whether the rule must pass it. */
type Row = [string, Partial<Question>, boolean];

function table(rule: LintRule, rows: Row[]) {
  describe(rule.name, () => {
    test.each(rows)("%s → %s", (_, change, passes) => {
      const found = rule.check(question(change), context);
      if (passes) expect(found).toBeNull();
      else expect(found).toEqual(expect.any(String));
    });
  });
}

const tf = (statement: string): Partial<Question> => ({ kind: "true-false", prompt: `True or false, according to Wire: ${statement}`, choices: ["True", "False"], answer: "True" });
const when = (passage: string, choices: string[], answer = choices[0]!): Partial<Question> => ({ kind: "when", prompt: `When? Fill the blank: “${passage}”`, choices, answer });
const howMany = (choices: string[], answer = choices[0]!): Partial<Question> => ({
  kind: "how-many",
  prompt: "How many? Fill the blank: “Each week brings ____ soldier deaths on the front.”",
  choices,
  answer,
  evidence: evidenceOf("Each week brings"),
});
const where = (passage: string, answer = "Jeddah", choices = [answer, "Medina", "Tabuk"]): Partial<Question> => ({ prompt: `Where? Fill the blank: “${passage}”`, choices, answer });
const cloze = (passage: string, choices: string[], answer = choices[0]!): Partial<Question> => ({ kind: "cloze", prompt: `Fill the blank with a key word of the story: “${passage}”`, choices, answer, accepted: [answer], answerType: "term" });

table(wellFormedRule, [
  ["a sound question", {}, true],
  ["the answer missing from the choices", { answer: "Riyadh" }, false],
  ["two choices that print alike", { choices: ["Jeddah", "jeddah", "Mecca"] }, false],
  ["no wrong choice", { choices: ["Jeddah"] }, false],
  ["evidence not sliced from its article", { evidence: { ...evidenceOf("The leaders met"), text: "The leaders met in Riyadh." } }, false],
  ["a typed question with nothing accepted", { choices: undefined, kind: "typed" }, false],
]);

describe("source-label", () => {
  const body = "Each week brings 2,500 soldier deaths on the front, officials said on Tuesday.";
  const contextOf = (slug: string, title?: string) => buildContext(quizInput([{ slug, body, ...(title ? { title } : {}) }]), 1);
  const statement = (label: string) => question({ kind: "true-false", prompt: `True or false, according to ${label}: ${body}`, choices: ["True", "False"], answer: "True" });
  test.each([
    ["a file name", "000_05c011d006dedc0b", undefined, "000_05c011d006dedc0b", false],
    ["the article", "000_05c011d006dedc0b", undefined, "the article", true],
    ["the title its slug was made from", "trump-putin-call-begins", "Trump Putin call begins", "“Trump Putin call begins”", true],
  ])("%s → %s", (_, slug, title, label, passes) => {
    const found = sourceLabelRule.check(statement(label), contextOf(slug, title));
    if (passes) expect(found).toBeNull();
    else expect(found).toMatch(/file name/);
  });
});

table(quoteMarksRule, [
  ["plain quotation", { kind: "who-said", prompt: "Who said “we have more cards that we can play”?" }, true],
  ["a trailing comma inside the marks", { kind: "who-said", prompt: "Who said “we have more cards that we can play,”?" }, false],
  ["doubled marks", { prompt: "Where? Fill the blank: “\"The leaders met in ____.\"”" }, false],
  ["an unclosed mark", { prompt: "Where? Fill the blank: “The leaders met in ____" }, false],
  ["a nested quotation in single marks", { prompt: "Where? Fill the blank: “‘We met in ____,’ he said of the talks on the ceasefire.”" }, true],
  ["a said-what choice with its trailing comma", { kind: "said-what", choices: ["we have more cards,", "b", "c"], answer: "b" }, false],
]);

table(furnitureRule, [
  ["reporting", {}, true],
  ["a photo credit", { evidence: { ...evidenceOf("The leaders met"), text: "Delegates arrive in Jeddah. (Photo: Jane Roe/Reuters)" } }, false],
  ["a caption's credit in brackets", { evidence: { ...evidenceOf("The leaders met"), text: "Trustees listen at Monday's meeting. (Adrian Pell/Ledger staff)" } }, false],
  ["a channel listing", { evidence: { ...evidenceOf("The leaders met"), text: "The final airs on Channel 4 at 8 p.m." } }, false],
  ["a wire credit line", { evidence: { ...evidenceOf("The leaders met"), text: "(Reporting by James Kinyua in Nairobi; Editing by Alison Birch)" } }, false],
  ["an update time stamp", { evidence: { ...evidenceOf("The leaders met"), text: "Updated 3.45pm, 4 March 2025." } }, false],
  ["a currency conversion aside", { evidence: { ...evidenceOf("The leaders met"), text: "The fine is 40 million euros ($1 = 0.92 euros)." } }, false],
  ["a caption with no closing stop", { evidence: { ...evidenceOf("The leaders met"), text: "Residents survey the damage in the Ahr valley" } }, false],
]);

table(blankContextRule, [
  ["a whole sentence", {}, true],
  ["too few words", where("In ____ today."), false],
  ["starting mid-sentence", where("who founded the company in a garage in ____ in 2012."), false],
  ["opening with a pronoun", where("He said the talks would be held in ____ next week."), false],
  ["a blank alone", where("____"), false],
  ["two blanks", where("The leaders met in ____ and then again in ____ last week."), false],
  ["a time it points back to", where("At that stage the envoys had already left ____ for the airport by car."), false],
  ["“this year” needs nothing before it", where("The envoys have met in ____ three times this year, officials said."), true],
]);

table(blankWordRule, [
  ["a content word", cloze("The leaders agreed a ____ for thirty days, officials said on Tuesday.", ["ceasefire", "proposal", "pipeline"]), true],
  ["a filler adverb", cloze("Officials said the talks had ____ collapsed by Tuesday evening in Jeddah.", ["almost", "really", "simply"]), false],
  ["a function word", cloze("Officials met ____ the talks collapsed on Tuesday evening in Jeddah.", ["because", "although", "before"]), false],
]);

table(grammarFitRule, [
  ["choices that all fit “a ____”", cloze("The leaders agreed a ____ for thirty days, officials said on Tuesday.", ["ceasefire", "proposal", "pipeline"]), true],
  ["“an ____” with a consonant among the choices", cloze("The leaders agreed an ____ for thirty days, officials said on Tuesday.", ["armistice", "ceasefire", "agreement"]), false],
  ["a plural key among singular words", cloze("Officials said the ____ will meet again in Jeddah on Tuesday evening.", ["leaders", "ceasefire", "proposal"]), false],
  ["the same ending on every choice", cloze("Officials said the ____ will meet again in Jeddah on Tuesday evening.", ["leaders", "envoys", "ministers"]), true],
]);

table(placeBlankRule, [
  ["after “in”", {}, true],
  ["a place used for its government", where("Officials from ____ and Ukrainian officials agreed the text on Tuesday."), false],
  ["a title and name give it away", where("Talks between President Donald Trump and ____'s President Vladimir Putin began on Tuesday.", "Russia", ["Russia", "France", "Poland"]), false],
  ["an actor before a verb", where("Talks ended when ____ said it would not sign the ceasefire text."), false],
  ["after “visited”", where("The envoy visited ____ twice before the ceasefire was agreed."), true],
  ["after “the city of”", where("The deal was reached after two days of talks in the Saudi city of ____."), true],
  ["aid to a country: its government", where("Putin demanded a suspension of western military aid to ____ during the ceasefire."), false],
  ["a movement to a place", where("The two delegations flew to ____ on Monday for a second round of talks."), true],
  ["a withdrawal from a place", where("Both sides agreed to withdraw armed police from ____ by the end of the month."), true],
]);

table(placeChoicesRule, [
  ["cities for a city", {}, true],
  ["a country among cities", { choices: ["Jeddah", "Medina", "France"] }, false],
  ["a continent to ask about", where("The plant is the largest nuclear plant in ____ by output.", "Europe", ["Europe", "Asia", "Africa"]), false],
  ["the one island among towns", { choices: ["Medina Island", "Medina", "Tabuk"], answer: "Medina Island" }, false],
]);

table(dateChoicesRule, [
  ["days for a day", when("Donald Trump spoke with Vladimir Putin ____.", ["Tuesday 18 March 2025", "Monday 17 March 2025", "Sunday 16 March 2025"]), true],
  ["a year among days", when("Donald Trump spoke with Vladimir Putin ____.", ["Tuesday 18 March 2025", "2025", "Sunday 16 March 2025"]), false],
]);

table(numberChoicesRule, [
  ["close values written alike", howMany(["2,500", "2,000", "3,100", "1,900"]), true],
  ["a simple multiple of the key", howMany(["2,500", "5,000", "3,100", "1,900"]), false],
  ["a tenfold slip", howMany(["2,500", "25,000", "3,100", "2,000"]), false],
  ["words among figures", howMany(["2,500", "two", "3,100"]), false],
  ["a year read as a count", howMany(["2008", "2009", "2010"]), false],
  ["“one” as a count", howMany(["one", "three", "four"]), false],
  ["small counts in words", howMany(["six", "seven", "eight", "five"]), true],
  ["the far end of “two or ____”", { ...howMany(["three", "four", "five"]), prompt: "How many? Fill the blank: “Officials said two or ____ ministers would travel to Jeddah for the signing on Tuesday.”" }, false],
  ["the near end of “____ to 40”", { ...howMany(["30", "25", "35"]), prompt: "How many? Fill the blank: “Officials said ____ to 40 ministers would travel to Jeddah for the signing on Tuesday.”" }, false],
]);

table(statementRule, [
  ["a whole sentence", tf("Each week brings 2,500 soldier deaths on the front."), true],
  ["a speaker's words with the speaker", tf("David Lammy said “we have more cards that we can play”."), true],
  ["starting mid-sentence", tf("as well as a suspension of western military aid to Kyiv."), false],
  ["stopping inside a quotation", tf("Trump said “we are going to work out a peace agreement very soon."), false],
  ["too short to judge", tf("Two days later."), false],
  ["opening with a pronoun", tf("It draws heavily on letters and diaries of the mill workers."), false],
  ["unattributed quoted words", tf("‘I'd rather ship one product that works than three that don't.’"), false],
]);

table(chooseAllRule, [
  ["one answer, one to choose", { kind: "source-check", prompt: "Which of these sources reported the words “x y z”?" }, true],
  ["“choose all” with one right answer", { kind: "source-check", prompt: "Which of these sources reported the words “x y z”? Choose all that apply." }, false],
  ["several answers without saying so", { kind: "source-check", prompt: "Which of these sources reported the words “x y z”?", choices: ["Wire", "Daily", "Post"], answer: ["Wire", "Daily"] }, false],
  ["several answers, said", { kind: "source-check", prompt: "Which of these sources reported the words “x y z”? Choose all that apply.", choices: ["Wire", "Daily", "Post"], answer: ["Wire", "Daily"] }, true],
]);

table(speakerChoicesRule, [
  ["speakers from the story", { kind: "who-said", prompt: "Who said “we have more cards that we can play”?", choices: ["David Lammy", "Emmanuel Macron", "Dmitry Peskov"], answer: "David Lammy" }, true],
  ["a famous name the story never mentions", { kind: "who-said", prompt: "Who said “we have more cards that we can play”?", choices: ["David Lammy", "Angela Merkel", "Dmitry Peskov"], answer: "David Lammy" }, false],
]);

const whoSaid = (choices: string[]): Partial<Question> => ({ kind: "who-said", prompt: "Who said “we have more cards that we can play”?", choices, answer: choices[0]! });
table(nameShapeRule, [
  ["whole names", whoSaid(["David Lammy", "Emmanuel Macron", "Mary K. Ellison"]), true],
  ["a body beside people", whoSaid(["David Lammy", "Tessaro", "Emmanuel Macron"]), true],
  ["a name cut at its initial", whoSaid(["David Lammy", "John F", "Emmanuel Macron"]), false],
  ["bare initials", whoSaid(["David Lammy", "J. K.", "Emmanuel Macron"]), false],
  ["a nationality fused on", whoSaid(["David Lammy", "Kenyan Agnes Tumusiime", "Emmanuel Macron"]), false],
  ["a party fused on", whoSaid(["Democrat Jane Smith", "David Lammy", "Emmanuel Macron"]), false],
  ["a role for a name", whoSaid(["David Lammy", "Ukrainian President", "Emmanuel Macron"]), false],
  ["role words glued before a name", whoSaid(["David Lammy", "Financial Officer Matthias Brandt", "Emmanuel Macron"]), false],
  ["a surname that is also a role word", whoSaid(["David Lammy", "Aaron Judge", "Emmanuel Macron"]), true],
]);
