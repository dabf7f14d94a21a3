/** A paragraph of an article body with its offset, so facts can be placed in it. */
export interface BodyParagraph {
  /** 0-based position: the reader's anchor is `#p-<index>`. */
  index: number;
  /** Offset of the paragraph's first character in the body. */
  start: number;
  text: string;
}

const BREAK = /\n{2,}/g;

/** Splits a body into its blank-line separated paragraphs, keeping offsets into the body. */
export function bodyParagraphs(body: string): BodyParagraph[] {
  const paragraphs: BodyParagraph[] = [];
  let start = 0;
  for (const match of body.matchAll(BREAK)) {
    paragraphs.push({ index: paragraphs.length, start, text: body.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  paragraphs.push({ index: paragraphs.length, start, text: body.slice(start) });
  return paragraphs;
}

/** The index of the paragraph holding `offset`, for links like `/articles/x#p-3`. */
export function paragraphIndexAt(body: string, offset: number): number {
  let index = 0;
  for (const match of body.matchAll(BREAK)) {
    if (match.index + match[0].length > offset) break;
    index++;
  }
  return index;
}
