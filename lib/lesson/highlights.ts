import type { BodyParagraph } from "../content/body-paragraphs.ts";
import type { ArticleFacts } from "../extract/fact-schema.ts";
import { formatDate as formatDateValue } from "../quiz/date-format.ts";
import type { StoryFacts } from "../story/story-schema.ts";
import { MIN_LESSON_CONFIDENCE, PLACE_KIND_LABELS } from "./sources.ts";

/**
 * Facts to highlight in the reader, and the splitting of a paragraph's text
 * around them. Pure: the article text stays data, the page renders the
 * segments as text nodes.
 */

export type HighlightKind = "quote" | "date" | "place";

export interface Highlight {
  /** Unique per highlighted stretch of text (a place has one per mention). */
  id: string;
  /** Shared by every stretch of the same fact: the id of its description. */
  factId: string;
  kind: HighlightKind;
  /** Offsets into the article body, half-open. */
  start: number;
  end: number;
  /** What the tooltip says: "Quote — Donald Trump (corroborated by 3 outlets)". */
  tip: string;
}

export interface Segment {
  /** Exact text of the paragraph covered by this segment (children included). */
  text: string;
  fact?: Highlight;
  /** Facts inside a quote (dates, places); their texts join to `text`. */
  children?: Segment[];
}

/** Tooltip prefix per kind: the kind is always said in words, never by colour alone. */
export const HIGHLIGHT_LABELS: Record<HighlightKind, string> = { quote: "Quote", date: "Date", place: "Place" };

/** Every quote, date and place of one article as highlights, with tooltip text from the facts and the story. */
export function articleHighlights(facts: ArticleFacts, story?: StoryFacts): Highlight[] {
  const highlights: Highlight[] = [];
  const groupOf = new Map<string, StoryFacts["quotes"][number]>();
  for (const group of story?.quotes ?? []) for (const r of group.reports) if (r.slug === facts.article) groupOf.set(r.factId, group);
  const disputed = new Set((story?.conflicts ?? []).map((c) => c.quoteGroupId));

  for (const q of facts.quotes) {
    if (q.end <= q.start) continue;
    const group = groupOf.get(q.id);
    const outlets = group?.corroboratedBy ?? 1;
    const speaker = q.speaker.name;
    let who = speaker === null ? "speaker not named" : q.confidence >= MIN_LESSON_CONFIDENCE ? speaker : `probably ${speaker} (not certain)`;
    if (group && disputed.has(group.id)) who += ", other outlets credit someone else";
    const reach = outlets > 1 ? `corroborated by ${outlets} outlets` : "in this outlet only";
    highlights.push({ id: q.id, factId: q.id, kind: "quote", start: q.start, end: q.end, tip: `Quote — ${who} (${reach})${byTeacher(q)}` });
  }
  for (const d of facts.dates) {
    if (d.end <= d.start) continue;
    const when =
      d.value === null || d.granularity === "vague"
        ? "vague, no calendar date"
        : `${d.confidence >= MIN_LESSON_CONFIDENCE ? "" : "probably "}${formatDateValue(d.value)}`;
    highlights.push({ id: d.id, factId: d.id, kind: "date", start: d.start, end: d.end, tip: `Date — ${when}${byTeacher(d)}` });
  }
  for (const p of facts.places) {
    if (p.confidence < MIN_LESSON_CONFIDENCE) continue;
    const tip = `Place — ${p.canonical ?? p.name} (${PLACE_KIND_LABELS[p.kind]})${byTeacher(p)}`;
    const mentions = p.mentions.length ? p.mentions : [{ start: p.start, end: p.end, text: p.text }];
    mentions.forEach((m, i) => {
      if (m.end > m.start) highlights.push({ id: `${p.id}-${i}`, factId: p.id, kind: "place", start: m.start, end: m.end, tip });
    });
  }
  return highlights;
}

/** A teacher's sidecar settled this fact: say so, so readers know it was checked by hand. */
const byTeacher = (fact: { corrected?: boolean }) => (fact.corrected ? " · corrected by the teacher" : "");

const byPosition = (a: Highlight, b: Highlight) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Keeps the first of any overlapping highlights (by start, longer first). */
function nonOverlapping(items: readonly Highlight[]): Highlight[] {
  const kept: Highlight[] = [];
  for (const item of [...items].sort(byPosition)) {
    const last = kept.at(-1);
    if (!last || item.start >= last.end) kept.push(item);
  }
  return kept;
}

/** Text from `from` to `to` (body offsets) split around non-overlapping `items`, which lie inside it. */
function split(paragraph: BodyParagraph, from: number, to: number, items: readonly Highlight[], inner: (h: Highlight) => Segment[] | undefined): Segment[] {
  const slice = (a: number, b: number) => paragraph.text.slice(a - paragraph.start, b - paragraph.start);
  const segments: Segment[] = [];
  let at = from;
  for (const item of items) {
    if (item.start > at) segments.push({ text: slice(at, item.start) });
    const children = inner(item);
    segments.push({ text: slice(item.start, item.end), fact: item, ...(children ? { children } : {}) });
    at = item.end;
  }
  if (to > at) segments.push({ text: slice(at, to) });
  return segments;
}

/**
 * Splits a paragraph's text by the highlights that fall in it. Quotes are
 * outermost (clipped to the paragraph when they run across several); dates
 * and places nest inside a quote or stand alone. A date or place crossing a
 * quote's edge, or overlapping another date or place, is left out rather
 * than cut. Joining every top-level segment's text gives the paragraph text
 * exactly; so does joining a quote's children.
 */
export function segmentParagraph(paragraph: BodyParagraph, highlights: readonly Highlight[]): Segment[] {
  const pStart = paragraph.start;
  const pEnd = paragraph.start + paragraph.text.length;
  const quotes = nonOverlapping(
    highlights
      .filter((h) => h.kind === "quote" && h.start < pEnd && h.end > pStart)
      .map((h) => ({ ...h, start: Math.max(h.start, pStart), end: Math.min(h.end, pEnd) }))
      .filter((h) => h.end > h.start),
  );
  const crossesQuote = (h: Highlight) => quotes.some((q) => h.start < q.end && h.end > q.start && (h.start < q.start || h.end > q.end));
  const inner = nonOverlapping(highlights.filter((h) => h.kind !== "quote" && h.start >= pStart && h.end <= pEnd && h.end > h.start && !crossesQuote(h)));
  const inside = (q: Highlight) => inner.filter((h) => h.start >= q.start && h.end <= q.end);
  const loose = inner.filter((h) => !quotes.some((q) => h.start >= q.start && h.end <= q.end));
  const top = [...quotes, ...loose].sort(byPosition);
  return split(paragraph, pStart, pEnd, top, (item) => {
    if (item.kind !== "quote") return undefined;
    const children = inside(item);
    return children.length ? split(paragraph, item.start, item.end, children, () => undefined) : undefined;
  });
}
