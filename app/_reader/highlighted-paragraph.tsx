import type { BodyParagraph } from "@/lib/content/body-paragraphs.ts";
import { segmentParagraph, type Highlight, type Segment } from "@/lib/lesson/highlights.ts";

/** The id of the hidden element describing a fact, for `aria-describedby`. */
export const tipId = (factId: string) => `fact-${factId}`;

/**
 * One paragraph with its facts highlighted. The text is rendered as text
 * nodes only (never as HTML); each highlight is a focusable `<mark>` whose
 * tooltip comes from CSS generated content, so the paragraph's text content
 * stays exactly the article text.
 */
export function HighlightedParagraph({ paragraph, highlights }: { paragraph: BodyParagraph; highlights: readonly Highlight[] }) {
  return <p id={`p-${paragraph.index}`}>{segmentParagraph(paragraph, highlights).map(renderSegment)}</p>;
}

function renderSegment(segment: Segment, index: number) {
  const fact = segment.fact;
  if (!fact) return segment.text;
  const [label, ...detail] = fact.tip.split(" — ");
  return (
    <mark key={index} className={`hl hl-${fact.kind}`} tabIndex={0} aria-describedby={tipId(fact.factId)}>
      {segment.children ? segment.children.map(renderSegment) : segment.text}
      <span className="hl-tip" data-label={label} data-detail={detail.join(" — ")} aria-hidden="true" />
    </mark>
  );
}

/** The descriptions the highlights point to: hidden, one per fact. */
export function HighlightDescriptions({ highlights }: { highlights: readonly Highlight[] }) {
  const unique = [...new Map(highlights.map((h) => [h.factId, h.tip])).entries()];
  return (
    <div hidden>
      {unique.map(([factId, tip]) => (
        <span key={factId} id={tipId(factId)}>
          {tip}
        </span>
      ))}
    </div>
  );
}
