import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { importArticle, looksLikeHeadline } from "../../../lib/content/importer/article-importer.ts";

const SEEDS = join(import.meta.dirname, "../../fixtures/seeds");
const seed = (prefix: string) => {
  const name = readdirSync(SEEDS).find((file) => file.startsWith(prefix))!;
  return readFileSync(join(SEEDS, name), "utf8");
};

/** Spans in quotation marks: “…”, "…", and ‘…’ opened after a space (not an apostrophe). */
function quotedSpans(text: string): string[] {
  return [...text.matchAll(/“[^”]*”|"[^"\n]*"|(?<=^|[\s(])‘[^’]*(?:’\p{L}[^’]*)*’(?!\p{L})/gmu)].map((m) => m[0]);
}

/** Seed prefix → the furniture the importer must remove (reason: text). */
const furniture: [string, [string, string][]][] = [
  ["000", [["date marker", "date 2025-03-17"]]],
  [
    "001",
    [
      ["navigation crumb", "NewsTrump and Putin to discuss ceasefire and territorial terms"],
      ["headline (used as the title)", "Trump and Putin to\u00a0discuss ceasefire and territorial\u00a0terms"],
      ["photo caption", "Donald Trump"],
      ["photo caption", "Donald Trump"],
      ["photo credit", "Images source: © PAP | Samuel Corum / POOL"],
      ["byline (used as the author)", "Edyta Tomaszewska"],
      ["related-content list", "Related content"],
    ],
  ],
  ["002", []],
  ["003", [["app or newsletter footer", expect.stringMatching(/^Catch all the Business News .*Download The Mint News App/) as unknown as string]]],
  ["004", []],
];

describe("importArticle on the seed texts", () => {
  test.for(furniture)("seed %s: removes exactly its furniture", ([prefix, expected]) => {
    const { removed } = importArticle(seed(prefix));
    expect(removed.map((r) => [r.reason, r.text])).toEqual(expected);
  });

  test.for(furniture.map(([prefix]) => prefix))("seed %s: every quoted span survives verbatim", (prefix) => {
    const raw = seed(prefix);
    const { body } = importArticle(raw);
    const spans = quotedSpans(raw);
    expect(spans.length).toBeGreaterThan(0);
    for (const span of spans) expect(body).toContain(span);
  });

  test.for(furniture.map(([prefix]) => prefix))("seed %s: no paragraph is lost", (prefix) => {
    const raw = seed(prefix);
    const { body, removed } = importArticle(raw);
    const removedTexts = new Set(removed.map((r) => r.text));
    const rawParagraphs = raw
      .replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, "")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line && !removedTexts.has(line));
    expect(body.split("\n\n")).toEqual(rawParagraphs);
  });

  test("seed 001: headline becomes the title and the byline the author", () => {
    const result = importArticle(seed("001"));
    expect([result.title, result.author]).toEqual(["Trump and Putin to discuss ceasefire and territorial terms", "Edyta Tomaszewska"]);
    expect(importArticle(seed("000")).published).toBe("2025-03-17");
  });
});

describe("importArticle rules on invented pages", () => {
  const cases: [string, string, string[], string][] = [
    ["credit with a caption", "Lead paragraph here.\n\nThe minister at the summit\nPhoto: Jane Roe / Getty Images\n\nSecond paragraph.", ["photo caption", "photo credit"], "Lead paragraph here.\n\nSecond paragraph."],
    ["By-line", "By Maria Lopez\n\nThe council voted on Monday.", ["byline (used as the author)"], "The council voted on Monday."],
    ["advert line", "First.\n\nAdvertisement\n\nSecond.", ["advertisement"], "First.\n\nSecond."],
    ["read-more list", "Body text.\n\nRead more:\nAnother story headline\nA third headline", ["related-content list", "related-content list", "related-content list"], "Body text."],
    ["newsletter footer", "Body text.\n\nSign up for our newsletter to get the news first.", ["app or newsletter footer"], "Body text."],
    ["hard-wrapped prose", "The mayor said the plan would\ncost more than expected.", [], "The mayor said the plan would cost more than expected."],
  ];
  test.for(cases)("%s", ([, raw, reasons, body]) => {
    const result = importArticle(raw);
    expect(result.removed.map((r) => r.reason)).toEqual(reasons);
    expect(result.body).toBe(body);
  });

  const kept: [string, string][] = [
    ["a quoted caption-like line", "Lead.\n\n“We will win,” she said\nPhoto: Getty Images"],
    ["a subhead between paragraphs", "Lead paragraph.\n\nTalks about territory\n\nMore text follows here."],
    ["a short sentence", "Lead.\n\nHe left.\n\nEnd."],
  ];
  test.for(kept)("keeps %s", ([, raw]) => {
    const result = importArticle(raw);
    const removedTexts = result.removed.map((r) => r.text);
    expect(removedTexts.filter((t) => !/getty/i.test(t))).toEqual([]);
  });

  test.for([
    ["Trump and Putin to discuss ceasefire", true],
    ["The call started at 10 a.m. and has since wrapped up.", false],
    ["News", false],
    ["“They would,” Trump said", false],
  ] as [string, boolean][])("looksLikeHeadline(%j) is %s", ([text, expected]) => {
    expect(looksLikeHeadline(text)).toBe(expected);
  });
});
