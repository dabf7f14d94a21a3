import type { PersonFact } from "../extract/fact-schema.ts";
import { sentenceStarts } from "../extract/sentence-bounds.ts";
import { speechVerbForm } from "../extract/speech-verb-lexicon.ts";
import { MIN_KEY_CONFIDENCE } from "./key-confidence.ts";
import { isOpening, stripDateline, wordCount } from "./passage.ts";
import type { QuizArticle } from "./quiz-context.ts";

/**
 * A claim an article credits to a named person in reported speech: "Marcus
 * Teague said the company now expected revenue of…". Read conservatively: a
 * sentence that could be read two ways is left out.
 */
export interface ReportedClaim {
  /** The reported content, as the article words it. */
  text: string;
  /** The person the article credits. */
  claimant: PersonFact;
  /** The sentence, absolute in the body. */
  sentence: { start: number; end: number; text: string };
}

/** Double quotation marks, or a single one opening a word after a space (British quotes); apostrophes do not count. */
const QUOTE_MARK = /[“”"«»]|(?:^|[\s(])['‘]\p{L}/u;
/** Pronouns a reported claim may not start with: out of context, "it" and "they" are no one. */
const PRONOUN_START = /^(?:it|they|he|she|we|i|this|that|these|those|its|their|his|her)\b/i;
/** Words that point back to something the claim does not say: "those wards", "that standard", "his government". */
const LEANS_BACK = /\b(?:those|these|that|this|his|her|their|its|such)\s+\p{Ll}+/u;
/** A verb in the reported words: an auxiliary, or a past tense after the subject. */
const HAS_VERB = /\b(?:is|are|was|were|be|been|being|would|will|could|should|can|may|might|must|had|has|have|did|does|do)\b|^\S+(?:\s+\S+){0,4}\s+\p{Ll}+ed\b/u;
/** Speech verbs that introduce reported content directly ("said the …", "warned that …"). */
const CLAIM_VERB = /\s(said|says|argued|argues|claimed|claims|warned|warns|insisted|insists|predicted|estimated|estimates|acknowledged|admitted|suggested|announced|confirmed|maintained|contended|added)\s+(?:that\s+)?/;

/** The reported claims of one article, in text order. */
export function reportedClaims(article: QuizArticle): ReportedClaim[] {
  const body = article.body;
  const people = article.facts.people.filter((p) => p.confidence >= MIN_KEY_CONFIDENCE);
  const starts = [...sentenceStarts(body), body.length];
  const out: ReportedClaim[] = [];
  for (let i = 0; i + 1 < starts.length; i++) {
    const text = body.slice(starts[i], starts[i + 1]).trimEnd();
    if (QUOTE_MARK.test(text) || text.includes("?")) continue;
    const claim = reportedClaim(body, { start: starts[i]!, end: starts[i]! + text.length, text }, people);
    if (claim) out.push(claim);
  }
  return out;
}

/** "<Name> said (that) <content>." with a confident person as the whole subject. */
function reportedClaim(body: string, sentence: ReportedClaim["sentence"], people: readonly PersonFact[]): ReportedClaim | null {
  const text = stripDateline(sentence.text, isOpening(body, sentence.start));
  const offset = sentence.text.length - text.length;
  const verb = CLAIM_VERB.exec(text);
  if (!verb) return null;
  const subjectEnd = sentence.start + offset + verb.index;
  const subject = text.slice(0, verb.index);
  if (wordCount(subject) > 8 || /,/.test(subject)) return null;
  const claimant = people.find((p) => p.mentions.some((m) => m.end === subjectEnd && m.start >= sentence.start + offset));
  if (!claimant) return null;
  // "said over the weekend that …": the claim starts after a "that" a few words on.
  let content = text.slice(verb.index + verb[0].length).replace(/[.!]+$/, "").trim();
  const lateThat = /^(?:[^,;:]+?\s){1,5}?that\s+/.exec(content);
  if (!/\bthat\s+$/.test(verb[0]) && lateThat && !/^(?:the|a|an)\b/i.test(content)) content = content.slice(lateThat[0].length);
  if (wordCount(content) < 6 || PRONOUN_START.test(content) || !/^\p{Ll}/u.test(content) || LEANS_BACK.test(content)) return null;
  // A claim says something: "announced a conversation with Putin" reports an act, not a claim.
  if (!HAS_VERB.test(content)) return null;
  // The content is one claim: it carries no further attribution of its own.
  if ([...content.matchAll(/\p{Ll}+/gu)].some((w) => speechVerbForm(w[0]) === "finite")) return null;
  return { text: content, claimant, sentence };
}
