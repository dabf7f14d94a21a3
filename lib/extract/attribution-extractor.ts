import type { Actor, ActorFinder } from "./actor-finder.ts";
import { appositiveName, nameAfterRole, onlyRoleWords } from "./appositive-subject.ts";
import { CALENDAR_WORDS } from "./person-lexicon.ts";
import { speechVerbForm } from "./speech-verb-lexicon.ts";
import type { TextDocument } from "./text-document.ts";

/** How an attribution was read, from most to least direct. */
export type AttributionLink = "after" | "before" | "inverted" | "according" | "participle" | "main-clause";

/** The speech verb of a quote and the phrase that names its speaker (not yet resolved). */
export interface Attribution {
  actor: Actor;
  /** Word index of the speech verb ("according" for "according to"). */
  verbWord: number;
  link: AttributionLink;
}

/** How far back from a quote a speech verb may sit in its sentence. */
const MAX_VERB_DISTANCE = 40;
/** Words between a quote's end and its "he said" / "Trump told reporters". */
const MAX_AFTER = 9;
/** Words that may stand between a subject and its verb ("Trump on Monday said", "she also told"). */
const SKIPPABLE = new Set([
  "also", "earlier", "later", "previously", "then", "again", "recently", "reportedly", "once", "further", "separately",
  "on", "last", "this", "early", "late", "in", "at", "morning", "afternoon", "evening", "night", "week", "weekend",
  "has", "had", "have", "was", "would", "will", "had", "repeatedly", "publicly", "privately", "openly", "already", "first",
]);
/** Sentence openers whose clause ends at the first comma before the main subject ("In his address, Smith …"). */
const LEADING = new Set([
  "in", "during", "after", "before", "on", "at", "as", "while", "despite", "although", "though", "asked", "ahead",
  "following", "with", "without", "when", "since", "amid", "speaking", "from", "for", "by", "under", "over", "earlier", "later",
]);

/** Auxiliaries that make the verb after them passive. */
const PASSIVE = new Set(["was", "were", "been", "being", "is", "are", "be", "get", "got", "gets"]);

/** Index of the first word starting at or after `offset`. */
export function wordAt(doc: TextDocument, offset: number): number {
  let lo = 0, hi = doc.words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.words[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Finds who a quote is credited to inside its own sentence: an attribution
 * right after it (`“…,” he said`, `“…,” said Smith`, `“…,” according to
 * X`), else the nearest speech verb before it with its subject (`Smith said
 * that “…”`, `she said: “…”`), where a participle (`…, saying “…”`) takes
 * the subject of the clause it hangs on. Returns `null` when the sentence
 * names no speaker for the quote.
 */
export function extractAttribution(doc: TextDocument, finder: ActorFinder, first: number, last: number): Attribution | null {
  return after(doc, finder, last) ?? before(doc, finder, first);
}

function after(doc: TextDocument, finder: ActorFinder, qi: number): Attribution | null {
  const { words, text } = doc;
  const q = doc.quotes[qi];
  const j = wordAt(doc, q.close);
  if (j >= words.length || !/^[\s,;:\u2014\u2013-]*$/.test(text.slice(q.close, Math.min(words[j].start, q.close + 8)))) return null;
  if (words[j].start - q.close > 8) return null;
  // An attribution never opens the next paragraph: that is a new subject's sentence.
  if (words[j].sentence < 0 || doc.sentences[words[j].sentence].paragraph !== doc.sentences[doc.quoteSentence[qi]].paragraph) return null;
  const w = words[j];
  if (w.lower === "according" && words[j + 1]?.lower === "to") {
    const actor = finder.startingAt(j + 2);
    return actor ? { actor, verbWord: j, link: "according" } : null;
  }
  if (speechVerbForm(w.lower) === "finite") {
    const actor = nameAfterRole(doc, finder, j + 1) ?? finder.startingAt(j + 1);
    return actor ? { actor, verbWord: j, link: "inverted" } : null;
  }
  for (let v = j + 1; v < words.length && v <= j + MAX_AFTER; v++) {
    if (words[v].quote !== -1) return null;
    if (speechVerbForm(words[v].lower) !== "finite") continue;
    if (opensReportedClause(doc, q.close, v)) return null;
    const actor = subjectBefore(doc, finder, v, j);
    return actor && (actor.first <= j + 1 || (actor.kind === "person" && onlyRoleWords(doc, j, actor.first))) ? { actor, verbWord: v, link: "after" } : null;
  }
  return null;
}

/** Words that open a reported clause after "said": "said the letter…", "said that…", "said it…". */
const CLAUSE_OPENER = /^\s+(?:that|the|a|an|this|these|those|it|its|his|her|their|he|she|they|we|there)\b/i;

/**
 * `“… when?” Kellow said the letter “says it better”`: after a quote that ends
 * its own sentence (".", "?", "!" inside the marks), a "say" verb followed by
 * a clause starts a new statement about something else; the quote before it
 * is not its object. "“… when?” Kellow asked." or "“…,” Kellow said the
 * plan…" (a comma: the quote is the verb's object) stay attributions.
 */
function opensReportedClause(doc: TextDocument, close: number, v: number): boolean {
  const { text, words } = doc;
  const ended = /[.?!…]\s*$/.test(text.slice(Math.max(0, close - 3), close).replace(/["'\u201c\u201d\u2018\u2019\u00ab\u00bb]+$/, ""));
  return ended && /^(?:say|says|said)$/.test(words[v].lower) && CLAUSE_OPENER.test(text.slice(words[v].end, words[v].end + 12));
}

function before(doc: TextDocument, finder: ActorFinder, qi: number): Attribution | null {
  const { words } = doc;
  const q = doc.quotes[qi];
  const s = doc.quoteSentence[qi];
  const floor = Math.max(doc.sentenceWordStart[s], wordAt(doc, q.open) - MAX_VERB_DISTANCE);
  let participle = -1;
  for (let v = wordAt(doc, q.open) - 1; v >= floor; v--) {
    const w = words[v];
    if (w.quote !== -1) continue;
    if (w.lower === "to" && v > floor && words[v - 1].lower === "according") {
      const actor = finder.startingAt(v + 1);
      if (actor && words[actor.last].end <= q.open) return { actor, verbWord: v - 1, link: "according" };
      continue;
    }
    const form = speechVerbForm(w.lower);
    if (form === null) continue;
    if (form === "participle") {
      const direct = doc.text.slice(words[v - 1]?.end ?? 0, w.start).trim() === "" ? finder.endingAt(v - 1) : null;
      if (direct && direct.kind !== "pronoun" && participle < 0) return { actor: direct, verbWord: v, link: "participle" };
      if (participle < 0) participle = v;
      continue;
    }
    // "He was accused of “…”", "it is called “…”": the subject is the one spoken of, not the speaker.
    if (v > 0 && PASSIVE.has(words[v - 1].lower)) continue;
    const actor = subjectBefore(doc, finder, v, floor) ?? inverted(doc, finder, v, q.open);
    if (actor) return { actor, verbWord: participle >= 0 ? participle : v, link: participle >= 0 ? "participle" : "before" };
  }
  if (participle < 0) return null;
  const actor = mainSubject(doc, finder, s);
  return actor ? { actor, verbWord: participle, link: "main-clause" } : null;
}

/** "said Smith: “…”": an actor right after the verb that ends before the quote. */
function inverted(doc: TextDocument, finder: ActorFinder, v: number, quoteOpen: number): Actor | null {
  const actor = finder.startingAt(v + 1);
  return actor && doc.words[actor.last].end <= quoteOpen && actor.kind !== "pronoun" ? actor : null;
}

/**
 * The subject ending just before the verb at `v`, skipping adverbs and time
 * phrases ("Trump on Monday said") and one parenthetical between commas
 * ("Smith, who met on Tuesday, said").
 */
export function subjectBefore(doc: TextDocument, finder: ActorFinder, v: number, floor: number): Actor | null {
  const { words, text } = doc;
  if (v <= 0) return null;
  if (text.slice(words[v - 1].end, words[v].start).includes(",")) {
    const named = appositiveName(doc, finder, v - 1, floor);
    if (named) return named;
    for (let k = v - 1; k > floor && k >= v - 14; k--) {
      if (words[k].quote !== -1) return null;
      if (text.slice(words[k - 1].end, words[k].start).includes(",")) return finder.endingAt(k - 1);
    }
    return null;
  }
  for (let j = v - 1, skipped = 0; j >= floor && j >= 0 && skipped <= 5; j--, skipped++) {
    const w = words[j];
    if (w.quote !== -1 || w.sentence !== words[v].sentence) return null;
    const actor = finder.endingAt(j);
    if (actor) return actor;
    if (!SKIPPABLE.has(w.lower) && !CALENDAR_WORDS.has(w.lower) && !/^\d/.test(w.lower)) return null;
  }
  return null;
}

/** The subject of a sentence's main clause, after any leading phrase ("During a session, Lammy …"). */
export function mainSubject(doc: TextDocument, finder: ActorFinder, s: number): Actor | null {
  const { words, text } = doc;
  let a = doc.sentenceWordStart[s];
  const b = doc.sentenceWordEnd[s];
  if (a >= b) return null;
  if (LEADING.has(words[a].lower)) {
    let k = a + 1;
    while (k < b && k < a + 25 && !text.slice(words[k - 1].end, words[k].start).includes(",")) k++;
    if (k >= b || k >= a + 25) return null;
    a = k;
  }
  for (let k = a; k < b && k < a + 6; k++) {
    if (words[k].quote !== -1) return null;
    const actor = finder.startingAt(k);
    if (actor) return actor;
  }
  return null;
}
