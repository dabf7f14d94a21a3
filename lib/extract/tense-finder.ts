import type { Tense } from "./date-candidate.ts";

/** Verbs in the past tense that do not end in -ed. */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(
  ("said told met wrote spoke took began made went came gave saw was were had did left held led won lost fought fell " +
    "struck sent brought bought thought felt kept knew flew drew rose hit shot ran put cut got sought spent stood " +
    "became broke chose forgot froze hid meant paid read sold shook sang sat slept stole swore taught threw understood woke")
    .split(" "),
);
/** Words that point ahead: modal "will", "ahead of", "upcoming", "next". */
const FUTURE = new Set("will 'll ’ll shall ahead upcoming tomorrow scheduled slated planned plans expected due".split(" "));
/**
 * Words before which a participle is an adjective ("the proposed deal",
 * "much anticipated call"): determiners, degree words, and prepositions
 * ("grants for hospitalized patients", "a trial in affected wards").
 */
const ADJECTIVE_CUES = new Set(
  ("a an the their his her its our my your this that these those much long newly highly well so very most more less " +
    "in on for of with to from among at about into across")
    .split(" "),
);
/** A comparative before a participle makes it an adjective too ("a larger randomized trial"); these end alike but are not comparatives. */
const NOT_COMPARATIVE = new Set("never ever however whether other after under over either neither rather further together later former latter per water order number member".split(" "));
/** Words that end the scan backwards: the date belongs to the clause they open. */
const STOPS = new Set("that which who whom where when while because although though if unless whether".split(" "));
/**
 * Modals that leave the time open: "said the Senate would vote on Friday" may
 * be the Friday before or after publication, so the scan stops at them and
 * the nearest day wins over the tense of a speech verb further back.
 */
const OPEN_MODALS = new Set("would could might".split(" "));
/** Words after "expected" or "due" that tie it to a coming time ("a ruling was expected on March 12"). */
const AHEAD_LINKS = new Set("to on in at by before around until".split(" "));
/** Forms of "be" before a passive participle ("will be published"): the tense is read from the word before them. */
const BE_PASSIVE = new Set("be being".split(" "));
/** Forms of "be" that make "-ing" and "set to" point ahead. */
const BE_PRESENT = new Set("is are am 's ’s".split(" "));

const WORD = /[\p{L}'’]+|,/gu;
/** Non-verb cues that only count for the phrase they head, not across a comma. */
const PHRASE_CUES = new Set("ahead upcoming".split(" "));
const MAX_WORDS = 24;

/**
 * The tense of the verb a date at `[start, end)` belongs to, read from the
 * words of its clause: first backwards from the date to the clause start or
 * a subordinator ("announced that on Tuesday he will…" belongs to "will"),
 * then forwards ("On Tuesday, Trump met…"). "Ahead of" only counts for its
 * own phrase: in "Ahead of the call, Trump on Monday said" the verb rules. Cheap: at most a few dozen words.
 */
export function findTense(text: string, clauseStart: number, clauseEnd: number, start: number, end: number): Tense {
  const tense = clauseTense(text, clauseStart, clauseEnd, start, end);
  // "have closed the beach through at least Saturday", "stays shut until Friday": a state that
  // lasts until the date ends ahead of now; only a simple past ("was shut until Friday") ended before.
  if (UNTIL.test(text.slice(Math.max(clauseStart, start - 24), start)) && (tense === "unknown" || (tense === "past" && PERFECT.test(text.slice(Math.max(clauseStart, start - 240), start))))) return "future";
  return tense;
}

/** A date that ends a stretch of time: "through Saturday", "until at least Friday". */
const UNTIL = /\b(?:through|thru|until|till)(?:\s+at\s+(?:least|the\s+earliest))?\s*$/i;
/** A present perfect: "have closed", "has been shut". */
const PERFECT = /\b(?:have|has|'ve|’ve)\s+(?:been\s+)?(?!to\b)\p{L}+/iu;

function clauseTense(text: string, clauseStart: number, clauseEnd: number, start: number, end: number): Tense {
  const before = words(text.slice(Math.max(clauseStart, start - 240), start), true).reverse();
  let crossedComma = false;
  for (let i = 0; i < before.length && i < MAX_WORDS; i++) {
    const word = before[i];
    if (STOPS.has(word)) break;
    if (word === ",") crossedComma = true;
    if (word === "," || (crossedComma && PHRASE_CUES.has(word))) continue;
    if (OPEN_MODALS.has(word)) return "unknown";
    const tense = tenseOf(word, before[i + 1], before[i - 1]);
    if (tense !== "unknown") return tense;
  }
  const after = words(text.slice(end, Math.min(clauseEnd, end + 240)), false);
  for (let i = 0; i < after.length && i < MAX_WORDS; i++) {
    if (STOPS.has(after[i]) && i > 0) break;
    if (OPEN_MODALS.has(after[i])) return "unknown";
    const tense = tenseOf(after[i], after[i - 1], after[i + 1]);
    if (tense !== "unknown") return tense;
  }
  return "unknown";
}

/** Tense signalled by `word`, given the word before it and the word after it. */
function tenseOf(word: string, previous: string | undefined, next: string | undefined): Tense {
  // "we'll", "she’ll": the contracted "will" is glued to its subject.
  if (word.endsWith("'ll") || word.endsWith("’ll")) return "future";
  if ((word === "likely" || word === "unlikely") && next === "to") return "future";
  if (FUTURE.has(word)) return word === "due" || word === "expected" ? (next === undefined || AHEAD_LINKS.has(next) ? "future" : "unknown") : "future";
  if (word === "going" && next === "to") return "future";
  if ((word === "set" || word === "poised") && next === "to" && previous !== undefined && BE_PRESENT.has(previous)) return "future";
  if (word.endsWith("ing") && previous !== undefined && BE_PRESENT.has(previous)) return "future";
  if (word === "ago" || word === "yesterday" || word === "last") return "past";
  if (IRREGULAR_PAST.has(word)) return "past";
  if (word.length > 4 && word.endsWith("ed") && !(previous !== undefined && (ADJECTIVE_CUES.has(previous) || BE_PRESENT.has(previous) || BE_PASSIVE.has(previous) || comparative(previous)))) {
    return "past";
  }
  return "unknown";
}

/** "larger", "biggest": a comparative or superlative adjective (not "never", "water", "under"). */
function comparative(word: string): boolean {
  return /^\p{L}{3,}(?:er|est)$/u.test(word) && !NOT_COMPARATIVE.has(word);
}

/** The lower-case words of `text`, with or without its commas. */
function words(text: string, commas: boolean): string[] {
  // Always a fresh array of strings: an empty `[]` of another elements kind would deoptimise `findTense`.
  const out = [""];
  out.length = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) if (commas || m[0] !== ",") out.push(m[0].toLowerCase());
  return out;
}
