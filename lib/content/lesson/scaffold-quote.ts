import type { StoryFacts } from "../../story/story-schema.ts";
import { containsTokens, tokenize } from "../../story/text-fold.ts";
import { MIN_MATCH_WORDS } from "./components/quote-tag.ts";

/**
 * The `match` words for a scaffold's `<Quote>`: the opening words of a real
 * quote, as few as name exactly that quote, so the scaffold passes `check`
 * as written. Quotes outlets agree on come first (a teacher's first example
 * should not be a disputed one). Undefined when no quote is long enough.
 */
export function pickQuoteMatch(story: StoryFacts): string | undefined {
  const disputed = new Set(story.conflicts.map((c) => c.quoteGroupId));
  const texts = story.quotes.map((g) => [g.text, ...g.reports.map((r) => r.text)].map(tokenize));
  const order = story.quotes
    .map((group, index) => ({ group, index }))
    .filter(({ group }) => !disputed.has(group.id) && group.speaker !== null && tokenize(group.text).length > MIN_MATCH_WORDS)
    .sort((a, b) => b.group.corroboratedBy - a.group.corroboratedBy || a.index - b.index);
  // Shortest first across quotes: four or five words read as a quote; ten is a sentence.
  for (let n = MIN_MATCH_WORDS + 1; n <= 10; n++) {
    for (const { group } of order) {
      const words = group.text.replace(/["\u201c\u201d]/g, "").split(/\s+/).filter(Boolean);
      if (words.length < n) continue;
      const phrase = words.slice(0, n).join(" ").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
      const needle = tokenize(phrase);
      if (needle.length < MIN_MATCH_WORDS) continue;
      const hits = texts.filter((forms) => forms.some((t) => containsTokens(t, needle))).length;
      if (hits === 1) return phrase;
    }
  }
  return undefined;
}
