import type { LintRule } from "./lint-rule.ts";

/** Page furniture that survives copying: photo credits, captions, sign-up lines, channel listings. */
const FURNITURE = [
  /\b(?:photo(?:graph)?|image|picture|illustration)s?\s*(?::|by\b|credit)/i,
  /\b(?:getty images|shutterstock|alamy)\b/i,
  /\b(?:AP|AFP|EPA|Reuters|PA|Bloomberg)\s*(?:photo|\/|images?)\b/i,
  /©/,
  // A caption's credit in brackets: "(Adrian Pell/Ledger staff)", "(Courtesy of Tessaro Foods)".
  /\((?:[^()/]{2,40}\/[^()/]{2,40}|courtesy\b[^()]*|photo\b[^()]*|file\b[^()]*)\)/i,
  /\b(?:read more|sign up|subscribe|click here|download the app|follow us|related:)/i,
  // A wire story's credit line: "(Reporting by … in Nairobi; Editing by …)".
  /\b(?:reporting|writing|editing|additional reporting) by\b/i,
  // A time stamp ("Updated 3.45pm, March 3") and a currency conversion aside ("($1 = 0.79 pounds)").
  /^(?:updated|last updated|published|posted|first published)\b/i,
  /\(\s*(?:US)?[$€£¥]\s?1\s*=\s*[\d.,]+/,
  /\bwatch (?:live )?on\b|\bchannel \d+\b|\bon (?:freeview|sky) \d+/i,
];

/** Questions rest on the reporting, never on a caption, credit or listing ("channel 4", "Photo: …"). */
export const furnitureRule: LintRule = {
  name: "furniture",
  check(question) {
    const texts = [question.evidence.text, ...(question.sources ?? []).map((s) => s.text)];
    const hit = texts.find((t) => FURNITURE.some((re) => re.test(t)));
    if (hit) return "the source sentence is page furniture (a credit, caption or listing), not reporting";
    // A caption or a heading has no closing stop: "Residents survey the damage in Ahr valley".
    const line = texts.find((t) => !/[.!?…:;]["”’)]*$|[.!?]["”’)]*\s*\(.*\)$/u.test(t.trim()) && !t.includes("\n"));
    return line ? "the source is a line without a closing stop (a caption or a heading), not a sentence of the report" : null;
  },
};
