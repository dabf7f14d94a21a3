import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bodyParagraphs } from "../../../lib/content/body-paragraphs.ts";
import { articleHighlights, segmentParagraph, type Highlight, type Segment } from "../../../lib/lesson/highlights.ts";
import { lessonInput } from "./lesson-fixtures.ts";

const join = (segments: Segment[]): string => segments.map((s) => s.text).join("");
const h = (kind: Highlight["kind"], start: number, end: number, id = `${kind}-${start}`): Highlight => ({ id, factId: id, kind, start, end, tip: kind });
/** A compact picture of segments: plain text as is, highlights as kind[text] with children inside. */
const picture = (segments: Segment[]): string =>
  segments.map((s) => (s.fact ? `${s.fact.kind}[${s.children ? picture(s.children) : s.text}]` : s.text)).join("");

const P = { index: 0, start: 100, text: "He said “we meet in Kyiv on Tuesday” in Paris." };
const at = (word: string) => P.start + P.text.indexOf(word);
const QUOTE = h("quote", at("we meet"), at("” in"));
const KYIV = h("place", at("Kyiv"), at("Kyiv") + 4);
const TUESDAY = h("date", at("on Tuesday"), at("on Tuesday") + 10);
const PARIS = h("place", at("Paris"), at("Paris") + 5);

describe("segmentParagraph", () => {
  it.each([
    ["no facts", [], "He said “we meet in Kyiv on Tuesday” in Paris."],
    ["one place", [PARIS], "He said “we meet in Kyiv on Tuesday” in place[Paris]."],
    ["a quote with a date and a place inside", [TUESDAY, QUOTE, KYIV], "He said “quote[we meet in place[Kyiv] date[on Tuesday]]” in Paris."],
    ["facts given in any order", [PARIS, KYIV, QUOTE, TUESDAY], "He said “quote[we meet in place[Kyiv] date[on Tuesday]]” in place[Paris]."],
    ["a date crossing a quote's edge is left out", [QUOTE, h("date", at("Tuesday"), at(" in Paris"))], "He said “quote[we meet in Kyiv on Tuesday]” in Paris."],
    ["overlapping dates and places: the earlier, longer one wins", [TUESDAY, h("place", at("Tuesday"), at("Tuesday") + 7)], "He said “we meet in Kyiv date[on Tuesday]” in Paris."],
    ["overlapping quotes: the first is kept", [QUOTE, h("quote", at("Kyiv"), at("Paris"))], "He said “quote[we meet in Kyiv on Tuesday]” in Paris."],
    ["a quote running past the paragraph is clipped", [h("quote", at("in Paris"), P.start + P.text.length + 50)], "He said “we meet in Kyiv on Tuesday” quote[in Paris.]"],
    ["a quote starting in an earlier paragraph is clipped", [h("quote", 0, at(" said"))], "quote[He] said “we meet in Kyiv on Tuesday” in Paris."],
    ["facts outside the paragraph are ignored", [h("place", 0, 10), h("date", 500, 510)], "He said “we meet in Kyiv on Tuesday” in Paris."],
    ["empty facts are ignored", [h("place", at("Paris"), at("Paris"))], "He said “we meet in Kyiv on Tuesday” in Paris."],
    ["a fact covering the whole paragraph", [h("quote", P.start, P.start + P.text.length)], `quote[${P.text}]`],
  ])("%s", (_name, facts, expected) => {
    const segments = segmentParagraph(P, facts);
    expect(picture(segments)).toBe(expected);
    expect(join(segments)).toBe(P.text);
    for (const s of segments) if (s.children) expect(join(s.children)).toBe(s.text);
    for (const s of segments) if (s.fact) expect(s.text).toBe(P.text.slice(s.fact.start - P.start, s.fact.end - P.start));
  });

  it("joins back to the paragraph exactly, whatever the facts (property)", () => {
    const text = "“Ab cd,” ef said in Gh on 1 May. ‘Ij kl’ — mn.";
    const paragraph = { index: 3, start: 40, text };
    const fact = fc
      .record({ kind: fc.constantFrom("quote", "date", "place"), a: fc.integer({ min: 0, max: 120 }), b: fc.integer({ min: 0, max: 120 }) })
      .map(({ kind, a, b }, ) => h(kind as Highlight["kind"], Math.min(a, b), Math.max(a, b), `${kind}-${a}-${b}`));
    fc.assert(
      fc.property(fc.array(fact, { maxLength: 12 }), (facts) => {
        const segments = segmentParagraph(paragraph, facts);
        expect(join(segments)).toBe(text);
        for (const s of segments) {
          expect(s.text.length).toBeGreaterThan(0);
          if (s.children) {
            expect(s.fact?.kind).toBe("quote");
            expect(join(s.children)).toBe(s.text);
            for (const c of s.children) expect(c.children).toBeUndefined();
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("articleHighlights", () => {
  const input = lessonInput("s", [
    {
      slug: "a",
      outlet: "Wire",
      body: "Trump said on Tuesday: “Talks in Saudi Arabia went well.”\n\nThe talks took place in recent weeks.",
      people: [{ name: "Trump", roles: ["US President"] }],
      quotes: [{ text: "Talks in Saudi Arabia went well.", speaker: "Trump" }],
      places: [{ name: "Saudi Arabia", kind: "country" }],
      dates: [
        { text: "on Tuesday", value: "2025-03-18" },
        { text: "in recent weeks", value: null },
      ],
    },
    { slug: "b", outlet: "Other", body: "“Talks in Saudi Arabia went well,” said Trump.", people: [{ name: "Trump" }], quotes: [{ text: "Talks in Saudi Arabia went well,", speaker: "Trump" }] },
  ]);
  const { facts, article } = input.articles[0]!;
  const highlights = articleHighlights(facts, input.story);

  it.each([
    ["Talks in Saudi Arabia went well.", "Quote — Trump (corroborated by 2 outlets)"],
    ["on Tuesday", "Date — Tuesday 18 March 2025"],
    ["in recent weeks", "Date — vague, no calendar date"],
    ["Saudi Arabia", "Place — Saudi Arabia (country)"],
  ])("“%s” has the tooltip “%s”", (text, tip) => {
    const found = highlights.find((x) => article.body.slice(x.start, x.end) === text);
    expect(found?.tip).toBe(tip);
  });

  it("marks facts a teacher corrected", () => {
    const corrected = { ...facts, dates: facts.dates.map((d) => (d.text === "on Tuesday" ? { ...d, value: "2025-03-11", corrected: true } : d)) };
    const tips = articleHighlights(corrected, input.story).filter((h) => h.kind === "date").map((h) => h.tip);
    expect(tips).toEqual(["Date — Tuesday 11 March 2025 · corrected by the teacher", "Date — vague, no calendar date"]);
  });

  it("segments every paragraph of the article back to its text", () => {
    for (const paragraph of bodyParagraphs(article.body)) expect(join(segmentParagraph(paragraph, highlights))).toBe(paragraph.text);
    const [first] = bodyParagraphs(article.body);
    expect(picture(segmentParagraph(first!, highlights))).toBe("Trump said date[on Tuesday]: “quote[Talks in place[Saudi Arabia] went well.]”");
  });

  it("says when a quote is in one outlet only", () => {
    const solo = articleHighlights(input.articles[1]!.facts);
    expect(solo.find((x) => x.kind === "quote")?.tip).toBe("Quote — Trump (in this outlet only)");
  });
});
