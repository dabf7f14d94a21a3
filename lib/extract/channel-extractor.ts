import { CALENDAR_WORDS } from "./person-lexicon.ts";
import type { PeopleIndex } from "./person-merge-refiner.ts";
import { AUDIENCE_NOUNS } from "./speech-verb-lexicon.ts";
import type { TextDocument } from "./text-document.ts";
import { joinedToPrevious } from "./word-scanner.ts";

/** Words between a preposition and the channel's name ("in a post on the platform X"). */
const FILLERS = new Set([
  "a", "an", "the", "post", "posts", "message", "statement", "video", "interview", "tweet", "thread", "social", "media",
  "platform", "network", "site", "app", "account", "channel", "broadcaster", "outlet", "newspaper", "television",
  "radio", "station", "show", "programme", "program", "his", "her", "their", "its", "official", "personal", "state",
  "news", "agency", "daily", "with", "to", "on", "in", "posted", "published", "written", "broadcast", "aired", "website",
  "local", "national", "public", "regional", "private", "online", "weekly", "evening", "morning", "live",
]);
/** Nouns after a capitalised adjective that make it part of the description ("Russian media outlet X"). */
const DESCRIBED = new Set(["media", "outlet", "newspaper", "broadcaster", "television", "channel", "network", "agency", "news", "radio", "daily", "tabloid", "magazine", "station", "website"]);
/** How far after the verb a channel may be named. */
const WINDOW = 12;

/** The speech verb as written, with the audience of "told" ("told reporters") or "according to". */
export function verbText(doc: TextDocument, v: number): string {
  const w = doc.words[v];
  const next = doc.words[v + 1];
  if (w.lower === "according" && next?.lower === "to") return doc.text.slice(w.start, next.end);
  if ((w.lower === "told" || w.lower === "telling") && next && AUDIENCE_NOUNS.has(next.lower) && joinedToPrevious(doc.text, doc.words, v + 1)) {
    return doc.text.slice(w.start, next.end);
  }
  return w.text;
}

/**
 * Where the words were published, when the attribution says: "in a post on
 * X", "on Truth Social", "on the platform Truth Social", "told CNN",
 * "told Russian media outlet Izvestia", "in an interview with the BBC".
 * Returns the capitalised name, or `null`; people and dates are not channels.
 */
export function extractChannel(doc: TextDocument, people: PeopleIndex, v: number): string | null {
  const { words } = doc;
  const sentence = words[v].sentence;
  const told = words[v].lower === "told" || words[v].lower === "telling";
  let k = v + 1;
  let sawPreposition = told;
  for (let n = 0; k < words.length && n < WINDOW; k++, n++) {
    const w = words[k];
    if (w.sentence !== sentence || w.quote !== -1) return null;
    if (k > v + 1 && /[.;:!?\u201c\u201d"]/.test(doc.text.slice(words[k - 1].end, w.start))) return null;
    if (w.lower === "on" || w.lower === "via" || (w.lower === "with" && words[k - 1]?.lower === "interview")) { sawPreposition = true; continue; }
    if (!sawPreposition) continue;
    if (FILLERS.has(w.lower)) continue;
    if (!w.cap) {
      if (told) return null;
      sawPreposition = false;
      continue;
    }
    const next = words[k + 1];
    if (next && !next.cap && DESCRIBED.has(next.lower)) continue;
    if (CALENDAR_WORDS.has(w.lower) || people.mentionStartingAt[k] >= 0 || /^\p{Lu}+s$/u.test(w.text)) {
      if (told) return null;
      sawPreposition = false;
      continue;
    }
    let end = k;
    while (end + 1 < words.length && end - k < 3 && words[end + 1].cap && joinedToPrevious(doc.text, words, end + 1) && !CALENDAR_WORDS.has(words[end + 1].lower)) end++;
    return doc.text.slice(w.start, words[end].end);
  }
  return null;
}
