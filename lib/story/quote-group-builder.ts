import type { QuoteMember } from "./quote-grouper.ts";
import type { QuoteGroup, QuoteReport, StorySpeaker } from "./story-schema.ts";
import { groupId, outletLabel, withOutlet } from "./story-input.ts";

/**
 * Turns a group of quote facts (already in report order) into the story's
 * quote group: every report as credited, the longest text as canonical, the
 * outlets carrying it, and the speaker only when every credit agrees.
 */
export function buildQuoteGroup(members: readonly QuoteMember[]): QuoteGroup {
  const reports = members.map(toReport);
  const outlets = [...new Set(members.map(outletLabel))].sort();
  // Longest wins; among equals the first report, which is a canonical order.
  const text = members.reduce((best, m) => (m.fact.text.length > best.length ? m.fact.text : best), members[0]!.fact.text);
  return {
    id: groupId("qg", "quote", members.map((m) => m.key)),
    text,
    reports,
    outlets,
    corroboratedBy: outlets.length,
    speaker: agreedSpeaker(members),
  };
}

function toReport(m: QuoteMember): QuoteReport {
  const report: QuoteReport = withOutlet(
    {
      slug: m.slug,
      factId: m.fact.id,
      text: m.fact.text,
      start: m.fact.start,
      end: m.fact.end,
      confidence: m.fact.confidence,
      speaker: m.fact.speaker,
      corrected: m.fact.corrected === true,
    },
    m.outlet,
  );
  if (m.resolved.speaker?.personId) report.storyPersonId = m.resolved.speaker.personId;
  return report;
}

/**
 * The one speaker all credits name. Reports with no speaker do not count
 * against agreement: they are less informative, not contradictory.
 */
function agreedSpeaker(members: readonly QuoteMember[]): StorySpeaker | null {
  const known = members.filter((m) => m.resolved.key !== null);
  if (known.length === 0) return null;
  const keys = new Set(known.map((m) => m.resolved.key));
  return keys.size === 1 ? known[0]!.resolved.speaker : null;
}
