/** A paragraph of raw text with the line it started on, for "what was removed" reports. */
export interface Paragraph {
  text: string;
  line: number;
}

/** Sentence-final punctuation, closing quotes and brackets: a line ending in one is not wrapped. */
const CLOSED = /[.!?:;"”’)\]…]\s*$/u;

/**
 * Splits raw text into paragraphs. Pasted news uses either blank lines or
 * single newlines between paragraphs, so every line is a paragraph, except
 * that a line which stops mid-sentence and is followed by one starting in
 * lowercase is a hard wrap and is joined to it.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | undefined;
  text.split("\n").forEach((raw, index) => {
    const line = raw.trim();
    if (!line) {
      current = undefined;
      return;
    }
    if (current && !CLOSED.test(current.text) && /^\p{Ll}/u.test(line)) {
      current.text = `${current.text} ${line}`;
      return;
    }
    current = { text: line, line: index + 1 };
    paragraphs.push(current);
  });
  return paragraphs;
}

/** Folds spacing (non-breaking spaces included) and case, to compare lines as a reader sees them. */
export function fold(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/gu, " ").trim().toLowerCase();
}

/** Whether a paragraph contains speech in quotation marks: such a paragraph is never furniture. */
export function hasQuotation(text: string): boolean {
  return /[“«"]\s*\S[^”»"]{2,}[”»"]|‘\S[^’]{2,}’(?!\p{L})/u.test(text);
}

/** Number of words. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
