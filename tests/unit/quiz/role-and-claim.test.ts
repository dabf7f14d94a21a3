import { describe, expect, test } from "vitest";
import { reportedClaims } from "../../../lib/quiz/attributed-statements.ts";
import { AS_FACT, claimQuestions } from "../../../lib/quiz/claim-generator.ts";
import { buildContext } from "../../../lib/quiz/quiz-context.ts";
import { roleQuestions } from "../../../lib/quiz/role-generator.ts";
import { articleFacts, quizInput, type Spec } from "./quiz-fixtures.ts";

const BODY =
  "Brightloom Inc. cut its revenue forecast on Tuesday and will lay off 600 employees. " +
  "Shares of the company fell 14 percent in after-hours trading in New York. " +
  "Chief financial officer Marcus Teague said the company now expected revenue of about $1.1 billion for the year. " +
  "“The demand is still there,” Teague said. " +
  "Hannah Oyelaran, the chief executive, said “We grew faster than we expected” on a call. " +
  "Deepa Raman, an analyst at Kessler Hartley, said “This is the third guidance cut in a year” afterwards. " +
  "Analysts said the cuts would probably continue into next year. " +
  "It expects demand to recover by the spring, Teague said. " +
  "Company spokesperson Lena Ortiz declined to comment on the layoffs.";

const SPEC: Spec = {
  slug: "brightloom",
  body: BODY,
  people: [{ name: "Marcus Teague", aliases: ["Teague"] }, { name: "Hannah Oyelaran" }, { name: "Deepa Raman" }, { name: "Lena Ortiz" }],
  quotes: [
    { text: "The demand is still there,", speaker: "Marcus Teague" },
    { text: "We grew faster than we expected", speaker: "Hannah Oyelaran" },
    { text: "This is the third guidance cut in a year", speaker: "Deepa Raman" },
  ],
  numbers: [{ text: "14", value: 14, counted: "percent", clause: "Shares of the company fell 14 percent in after-hours trading in New York" }],
};

/** The fixture's people with the roles its body gives them, and every mention of the surname. */
function withRoles(spec: Spec) {
  const article = articleFacts(spec);
  const roles: Record<string, string[]> = {
    "Marcus Teague": ["Chief financial officer"],
    "Hannah Oyelaran": ["chief executive"],
    "Deepa Raman": ["analyst at Kessler Hartley"],
    "Lena Ortiz": ["Company spokesperson"],
  };
  for (const person of article.facts.people) {
    person.roles = roles[person.name] ?? [];
    const surname = person.name.split(" ").at(-1)!;
    for (let at = spec.body.indexOf(surname); at >= 0; at = spec.body.indexOf(surname, at + 1)) {
      if (!person.mentions.some((m) => m.end === at + surname.length)) person.mentions.push({ start: at, end: at + surname.length, text: surname });
    }
  }
  return article;
}

describe("reportedClaims", () => {
  const claims = reportedClaims(withRoles(SPEC));
  test("reported speech with a named subject is that person's claim", () => {
    const found = claims.find((s) => s.text === "the company now expected revenue of about $1.1 billion for the year");
    expect(found?.claimant.name).toBe("Marcus Teague");
  });
  test.each([
    ["a narrated sentence", "Shares of the company fell"],
    ["a claim starting with a pronoun", "It expects demand"],
    ["a sentence with a quotation", "The demand is still there"],
    ["a subject that is no named person", "the cuts would probably continue"],
  ])("leaves out %s", (_, words) => {
    expect(claims.some((s) => s.sentence.text.includes(words))).toBe(false);
  });
});

describe("claimQuestions", () => {
  const input = quizInput([SPEC]);
  input.articles[0]!.facts.people.splice(0, 4, ...withRoles(SPEC).facts.people);
  const questions = claimQuestions(buildContext(input, 1));
  test("asks whose claim reported speech is, with the article's own voice among the choices", () => {
    const q = questions.find((x) => x.prompt.includes("expected revenue"))!;
    expect(q.answer).toBe("As a claim by Marcus Teague");
    expect(q.choices).toContain(AS_FACT);
  });
  test("never asks about the article's own narration: plain narration keyed “fact” is answered without reading", () => {
    expect(questions.some((x) => x.prompt.includes("fell 14 percent"))).toBe(false);
    expect(questions.every((x) => x.answer !== AS_FACT)).toBe(true);
  });
});

describe("roleQuestions", () => {
  const input = quizInput([SPEC]);
  const people = withRoles(SPEC).facts.people;
  input.articles[0]!.facts.people.splice(0, 4, ...people);
  for (const p of input.story.people) p.roles = people.find((x) => x.name === p.name)!.roles.map((role) => ({ role, slug: SPEC.slug }));
  const questions = roleQuestions(buildContext(input, 1));
  test("asks who a person is, with other people's roles as wrong choices", () => {
    const q = questions.find((x) => x.prompt === "Who is Marcus Teague?")!;
    expect(q.answer).toBe("Chief financial officer");
    expect([...q.choices!].sort()).toEqual(["Analyst at Kessler Hartley", "Chief executive", "Chief financial officer", "Company spokesperson"]);
    expect(q.evidence.text).toContain("Chief financial officer Marcus Teague");
  });
  test("never offers a role that contains the person's own ('executive' for a chief executive)", () => {
    const q = questions.find((x) => x.prompt === "Who is Hannah Oyelaran?")!;
    for (const c of q.choices!.filter((c) => c !== q.answer)) expect(c.toLowerCase()).not.toContain("chief executive");
  });
  test("needs three wrong roles, none gendered: a “spokeswoman” beside a man's name is ruled out by the name", () => {
    const ortiz = input.story.people.find((p) => p.name === "Lena Ortiz")!;
    const saved = ortiz.roles;
    ortiz.roles = [{ role: "Company spokeswoman", slug: SPEC.slug }];
    expect(roleQuestions(buildContext(input, 1)).find((x) => x.prompt === "Who is Marcus Teague?")).toBeUndefined();
    ortiz.roles = saved;
  });
  test("skips a relation (“Russian counterpart”) and a one-word name", () => {
    for (const p of input.story.people) p.roles = [{ role: "counterpart", slug: SPEC.slug }];
    expect(roleQuestions(buildContext(input, 1))).toEqual([]);
  });
});
