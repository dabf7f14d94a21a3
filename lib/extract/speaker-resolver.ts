import type { Actor, ActorFinder } from "./actor-finder.ts";
import { extractAttribution, mainSubject, subjectBefore, type AttributionLink } from "./attribution-extractor.ts";
import type { Speaker } from "./fact-schema.ts";
import type { PeopleIndex } from "./person-merge-refiner.ts";
import { PronounRefiner } from "./pronoun-refiner.ts";
import { continuedSpeaker, type SentenceSpeech } from "./quote-continuation-refiner.ts";
import type { QuoteChain } from "./quote-span-extractor.ts";
import { resolveRole } from "./role-resolver.ts";
import { surnameOf } from "../text/name-parts.ts";
import { speechVerbForm } from "./speech-verb-lexicon.ts";
import type { TextDocument } from "./text-document.ts";

/** A quote with its speaker decided (or not). */
export interface ResolvedQuote {
  chain: QuoteChain;
  speaker: Speaker | null;
  confidence: number;
  /** Word index of the speech verb, or -1 when the speaker was borrowed. */
  verbWord: number;
}

interface Resolved { speaker: Speaker; confidence: number; person: number }

/** Less direct readings lower the confidence of an otherwise sure speaker. */
const LINK_FACTOR: Record<AttributionLink, number> = { after: 1, before: 1, inverted: 1, according: 1, participle: 0.95, "main-clause": 0.9 };

/**
 * Decides every quote's speaker in one pass over the sentences, in text
 * order, because a pronoun's referent is what the sentences before it were
 * about: each sentence's quotes are resolved first, then its focus is
 * recorded for the pronouns that follow. A quote without attribution
 * borrows the previous sentence's speaker or is dropped as a scare quote.
 */
export function resolveSpeakers(doc: TextDocument, people: PeopleIndex, finder: ActorFinder, chains: readonly QuoteChain[]): ResolvedQuote[] {
  const pronouns = new PronounRefiner([...people.genders]);
  const speech: SentenceSpeech[] = [];
  const out: ResolvedQuote[] = [];
  let c = 0;
  for (let s = 0; s < doc.sentences.length; s++) {
    const info: SentenceSpeech = { quoteSpeaker: null, quoteConfidence: 0, speechSpeaker: null, speechConfidence: 0 };
    let focus = -1;
    for (; c < chains.length && doc.quoteSentence[chains[c].first] <= s; c++) {
      const chain = chains[c];
      const attribution = extractAttribution(doc, finder, chain.first, chain.last);
      const found = attribution ? toSpeaker(doc, people, pronouns, attribution.actor, s) : null;
      let result: ResolvedQuote | null = null;
      if (attribution && found) {
        result = { chain, speaker: found.speaker, confidence: round(found.confidence * LINK_FACTOR[attribution.link]), verbWord: attribution.verbWord };
      } else if (!attribution) {
        const borrowed = continuedSpeaker(speech[s - 1], opensSentence(doc, chain.first, s));
        if (borrowed) result = { chain, speaker: borrowed.speaker, confidence: borrowed.confidence, verbWord: -1 };
      }
      if (!result) continue;
      out.push(result);
      info.quoteSpeaker = result.speaker;
      info.quoteConfidence = result.confidence;
      if (found && found.person >= 0) focus = found.person;
    }
    const subject = sentenceSubject(doc, finder, s);
    const resolved = subject.actor ? toSpeaker(doc, people, pronouns, subject.actor, s) : null;
    if (resolved && subject.speech) {
      info.speechSpeaker = resolved.speaker;
      info.speechConfidence = resolved.confidence;
    }
    if (focus < 0) focus = resolved && resolved.person >= 0 ? resolved.person : firstPerson(doc, people, s);
    const other = resolved && resolved.person < 0 && resolved.speaker.kind !== "unknown" ? resolved.speaker : null;
    pronouns.record(s, focus, other);
    speech.push(info);
  }
  return out;
}

/** Maps an attribution phrase to a speaker: a person, a pronoun's referent, a role's holder, an organisation or a group. */
function toSpeaker(doc: TextDocument, people: PeopleIndex, pronouns: PronounRefiner, actor: Actor, s: number): Resolved | null {
  const mention = { start: doc.words[actor.first].start, end: doc.words[actor.last].end, text: "" };
  mention.text = doc.text.slice(mention.start, mention.end);
  switch (actor.kind) {
    case "person":
      // "Pengelly wrote" when the story names a Margaret and a Derek Pengelly: the surname alone cannot say which.
      return person(people, actor.person ?? 0, sharedSurname(people, mention.text) ? 0.6 : 0.9, mention);
    case "pronoun": {
      if (actor.pronoun === "male" || actor.pronoun === "female") {
        const match = pronouns.person(actor.pronoun, s);
        return match ? person(people, match.person, match.confidence, mention) : null;
      }
      const other = pronouns.other(s);
      return other ? { speaker: { ...other, mention }, confidence: 0.7, person: -1 } : null;
    }
    case "role": {
      const match = resolveRole(people, actor.name ?? "", mention.start);
      if (match) return person(people, match.person, match.confidence, mention);
      return { speaker: { name: actor.name ?? null, kind: "unknown", mention }, confidence: 0.5, person: -1 };
    }
    case "group": {
      if (!actor.members) return { speaker: { name: actor.name ?? null, kind: "group", mention }, confidence: 0.6, person: -1 };
      const members = actor.members.map((m) => toSpeaker(doc, people, pronouns, m, s)).filter((m): m is Resolved => m !== null);
      if (members.length < 2) return null;
      const name = members.map((m) => m.speaker.name).join(" and ");
      return { speaker: { name, kind: "group", mention }, confidence: Math.min(...members.map((m) => m.confidence)) - 0.05, person: -1 };
    }
    case "organisation":
      return { speaker: { name: actor.name ?? null, kind: "organisation", mention }, confidence: 0.85, person: -1 };
    default:
      return { speaker: { name: actor.name ?? null, kind: "unknown", mention }, confidence: 0.6, person: -1 };
  }
}

/** Person `p` as the speaker, named by `mention`. */
function person(people: PeopleIndex, p: number, confidence: number, mention: Speaker["mention"]): Resolved {
  return { speaker: { name: people.people[p].name, kind: "person", personId: people.people[p].id, mention }, confidence, person: p };
}

/** A one-word mention that is the surname of two or more people of the article. */
function sharedSurname(people: PeopleIndex, text: string): boolean {
  if (/\s/.test(text.trim())) return false;
  return (surnameCounts(people).get(text.trim().replace(/[’']s$/, "").toLowerCase()) ?? 0) > 1;
}

/** How many people of the article bear each surname, counted once per article so each quote costs one lookup. */
function surnameCounts(people: PeopleIndex): Map<string, number> {
  let counts = surnameCache.get(people);
  if (!counts) {
    counts = new Map();
    for (const p of people.people) {
      const tokens = p.name.split(/\s+/);
      if (tokens.length < 2) continue;
      const surname = surnameOf(tokens).toLowerCase();
      counts.set(surname, (counts.get(surname) ?? 0) + 1);
    }
    surnameCache.set(people, counts);
  }
  return counts;
}
const surnameCache = new WeakMap<PeopleIndex, Map<string, number>>();

/** The subject of a sentence's first speech verb (`speech: true`), else of its main clause. */
function sentenceSubject(doc: TextDocument, finder: ActorFinder, s: number): { actor: Actor | null; speech: boolean } {
  const from = doc.sentenceWordStart[s], to = doc.sentenceWordEnd[s];
  for (let v = from; v < to; v++) {
    if (doc.words[v].quote !== -1 || speechVerbForm(doc.words[v].lower) !== "finite") continue;
    const actor = subjectBefore(doc, finder, v, from);
    if (actor) return { actor, speech: true };
    break;
  }
  return { actor: mainSubject(doc, finder, s), speech: false };
}

/** The first person named outside quotes in sentence `s`, or -1. */
function firstPerson(doc: TextDocument, people: PeopleIndex, s: number): number {
  for (let k = doc.sentenceWordStart[s]; k < doc.sentenceWordEnd[s]; k++) {
    const m = people.mentionStartingAt[k];
    if (m >= 0 && doc.words[k].quote === -1) return people.mentions[m].person;
  }
  return -1;
}

/** True when nothing but punctuation precedes the quote's opening mark in its sentence. */
function opensSentence(doc: TextDocument, q: number, s: number): boolean {
  return !/[\p{L}\p{N}]/u.test(doc.text.slice(doc.sentences[s].start, doc.quotes[q].open));
}

const round = (x: number) => Math.round(x * 100) / 100;
