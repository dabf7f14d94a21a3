import { fold, hasQuotation, wordCount, type Paragraph } from "./paragraphs.ts";

/** Why a paragraph was taken out of the article body. */
export type RemovalReason =
  | "navigation crumb"
  | "headline (used as the title)"
  | "photo caption"
  | "photo credit"
  | "byline (used as the author)"
  | "related-content list"
  | "advertisement"
  | "app or newsletter footer";

const CREDIT = /^(?:images?|photos?|pictures?|credits?)(?:\s+source)?\s*:|©|\((?:photo|image)s?\s+(?:by|credit)|\b(?:getty images|reuters\/|afp\/|ap photo|epa-efe|shutterstock)\b/iu;
const RELATED = /^(?:related(?:\s+(?:content|articles?|stories|news|coverage))?|read more|also read|read also|more from .{1,40}|recommended(?: for you)?|you may also like|more stories|trending(?: now)?)\s*:?$/iu;
const ADVERT = /^(?:advertisement|sponsored(?: content)?|story continues below(?: advertisement)?|scroll to continue(?: reading)?|share this article|share)$/iu;
const FOOTER = /\b(?:download (?:the )?[\p{L}\s]{0,40}\bapp\b|get (?:the )?[\p{L}\s]{0,30}\bapp\b|subscribe (?:to|now)|sign up for (?:our|the)|follow us on|catch all the\b|newsletter\b)/iu;
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)$/u;

/** A short line with no sentence punctuation: a label, a caption or a name, not prose. */
export function isLabel(text: string, maxWords = 12): boolean {
  return wordCount(text) <= maxWords && !/[.!?]["”’]?$/u.test(text) && !hasQuotation(text);
}

/** "Jane Doe", "By Jane Doe", "Jane van Doe": a byline standing alone on its line. */
export function isByline(text: string): boolean {
  const words = text.replace(/^by\s+/iu, "").split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words.every((w, i) => NAME_WORD.test(w) || (i > 0 && /^(?:van|von|de|da|del|der|bin|al)$/u.test(w)));
}

/**
 * Marks the furniture in a list of paragraphs. Each rule is general (no
 * outlet's names): it looks at a paragraph's shape and its neighbours.
 * Paragraphs holding quoted speech are never removed, so no quote is lost.
 */
export function findFurniture(paragraphs: Paragraph[]): Map<number, RemovalReason> {
  const removed = new Map<number, RemovalReason>();
  const mark = (i: number, reason: RemovalReason) => {
    if (!removed.has(i) && (reason === "headline (used as the title)" || !hasQuotation(paragraphs[i].text))) removed.set(i, reason);
  };
  const texts = paragraphs.map((p) => p.text);

  // A section label glued to the headline ("NewsTrump and Putin…") followed by the headline itself.
  for (let i = 0; i + 1 < Math.min(texts.length, 4); i++) {
    const here = fold(texts[i]);
    const next = fold(texts[i + 1]);
    if (here !== next && here.endsWith(next) && here.length - next.length <= 30 && isLabel(texts[i], 20)) mark(i, "navigation crumb");
  }
  texts.forEach((text, i) => {
    if (CREDIT.test(text) && wordCount(text) <= 20) mark(i, "photo credit");
    if (ADVERT.test(text)) mark(i, "advertisement");
  });
  // Captions: short labels right before a credit, or repeated back to back (alt text and caption).
  for (let i = texts.length - 1; i >= 0; i--) {
    const next = removed.get(i + 1);
    const before = next === "photo credit" || next === "photo caption";
    const repeated = i + 1 < texts.length && fold(texts[i]) === fold(texts[i + 1]) && isLabel(texts[i], 8);
    if ((before && isLabel(texts[i], 12) && !isByline(texts[i]) && i > 0) || repeated) mark(i, "photo caption");
    if (repeated) mark(i + 1, "photo caption");
  }
  texts.forEach((text, i) => {
    const afterFurniture = removed.get(i - 1) === "photo credit" || removed.get(i - 1) === "photo caption";
    if (isByline(text) && (afterFurniture || /^by\s/iu.test(text))) mark(i, "byline (used as the author)");
  });
  const related = texts.findIndex((text, i) => i > 0 && RELATED.test(text));
  if (related >= 0) for (let i = related; i < texts.length; i++) if (i === related || isLabel(texts[i], 25)) mark(i, "related-content list");
  for (let i = texts.length - 1; i > 0 && FOOTER.test(texts[i]) && wordCount(texts[i]) <= 60; i--) mark(i, "app or newsletter footer");
  return removed;
}
