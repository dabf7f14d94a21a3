import Link from "next/link";
import type { QuoteCard } from "@/lib/lesson/quote-card.ts";

/** A `<Quote match>` of a hand-written lesson: the words, who said them, and which sources carry them. */
export function QuoteFigure({ quote }: { quote: QuoteCard }) {
  const href = `/articles/${quote.location.article}#p-${quote.location.paragraph}`;
  return (
    <figure className="lesson-quote">
      <blockquote cite={href}>
        <p>“{quote.text}”</p>
      </blockquote>
      <figcaption>
        {quote.speaker ? (
          <span className="quote-speaker">{quote.speaker}</span>
        ) : quote.credits.length ? (
          <span className="quote-disputed">
            <span className="conflict-badge">Sources disagree</span>{" "}
            {quote.credits.map((credit) => `${credit.sources.join(" and ")} ${credit.sources.length === 1 ? "credits" : "credit"} ${credit.speaker}`).join("; ")}.
          </span>
        ) : (
          <span className="quote-speaker">Speaker not named</span>
        )}
        <span className="quote-sources">
          {" "}
          — in {quote.sources.length === 1 ? "1 source" : `${quote.sources.length} sources`}: {quote.sources.join("; ")}.{" "}
          <Link href={href}>Read in context</Link>
        </span>
      </figcaption>
    </figure>
  );
}
