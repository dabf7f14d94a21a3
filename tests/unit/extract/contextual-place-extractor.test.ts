import { describe, expect, test } from "vitest";
import { extractFacts } from "../../../lib/extract/pipeline.ts";

const places = (text: string) => extractFacts(text, { article: "t", published: "2024-06-05" }).places;

/** Towns no gazetteer lists, known from "in/near/outside X", "returned to X", "X-based": input, place, confidence. */
const positives: [string, string, number][] = [
  ["She works as a nurse at a clinic in Tadcaster, officials said.", "Tadcaster", 0.7],
  ["He grew up on a farm outside Kirriemuir.", "Kirriemuir", 0.7],
  ["Boats were stuck near Ardrishaig since Monday.", "Ardrishaig", 0.7],
  ["Fans cheered when the team returned to Crickhowell.", "Crickhowell", 0.7],
  ["The Tadcaster-based charity said it would close.", "Tadcaster", 0.7],
  ["Shelters in Salem and Brackwell were full.", "Brackwell", 0.7],
  ["Seats were lost in towns around Tadcaster, Kirriemuir and St Ives.", "St Ives", 0.7],
  ["The glacier ends near St. Kilda.", "St. Kilda", 0.7],
  ["Barges at San Lorenzo and Ardrishaig were light.", "Ardrishaig", 0.7],
  ["A fire in Tadcaster spread. Families in Tadcaster fled.", "Tadcaster", 0.75],
];

/** Input, capitalised words after "in/at/near" that must NOT become places. */
const negatives: [string, string[]][] = [
  ["Shares in Cosco fell, and she works at Brightloom now.", ["Cosco", "Brightloom"]],
  ["The bill stalled in Parliament and in Congress in March.", ["Parliament", "Congress", "March"]],
  ["The report was published in English at Moody's offices.", ["English", "Moody", "Moody's"]],
  ["The debate in Goldman Sachs boardrooms went on.", ["Goldman"]],
  ["They met at Westbrook Mills on Tuesday.", ["Westbrook"]],
  ["Talks in Tottenham and Wood Green ended.", ["Wood", "Green"]],
  ["They met at Goldman Sachs and Brackwell, officials said.", ["Brackwell", "Goldman Sachs"]],
  ["A picnic at Stanley Park was held.", ["Stanley Park", "Stanley"]],
  ["He was at St Mary's and in Christianity found peace.", ["St Mary", "Christianity"]],
  ["Ties with Tomasz Wierzbicki, who was at Harrowgate, were cut.", ["Tomasz", "Wierzbicki"]],
];

describe("contextual places", () => {
  test.each(positives)("%s", (input, name, confidence) => {
    expect(places(input).find((p) => p.name === name)?.confidence).toBe(confidence);
  });
  test.each(negatives)("not places: %s", (input, words) => {
    const found = places(input).map((p) => p.name);
    for (const word of words) expect(found).not.toContain(word);
  });
});
