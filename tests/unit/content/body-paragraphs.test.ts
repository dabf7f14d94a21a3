import { describe, expect, test } from "vitest";
import { bodyParagraphs, paragraphIndexAt } from "../../../lib/content/body-paragraphs.ts";

const body = "First one.\n\nSecond, longer.\n\n\nThird.";

describe("bodyParagraphs", () => {
  test("keeps each paragraph's offset into the body", () => {
    const paragraphs = bodyParagraphs(body);
    expect(paragraphs.map((p) => [p.index, p.start, p.text])).toEqual([
      [0, 0, "First one."],
      [1, 12, "Second, longer."],
      [2, 30, "Third."],
    ]);
    for (const p of paragraphs) expect(body.slice(p.start, p.start + p.text.length)).toBe(p.text);
  });

  test.for([
    [0, 0],
    [9, 0],
    [12, 1],
    [26, 1],
    [30, 2],
    [35, 2],
  ] as [number, number][])("offset %i is in paragraph %i", ([offset, index]) => {
    expect(paragraphIndexAt(body, offset)).toBe(index);
  });
});
