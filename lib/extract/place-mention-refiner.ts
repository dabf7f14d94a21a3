import type { PersonFact } from "./fact-schema.ts";
import type { PlaceCandidate } from "./place-candidate.ts";
import { IRREGULAR_PAST } from "./tense-finder.ts";
import type { ExtractionContext, Refiner } from "./types.ts";

const NEXT_WORD = /^[ \u00a0]([\p{L}][\p{L}'’-]*)/u;
const PREVIOUS_WORD = /(\p{Lu}[\p{L}'’-]*)[ \u00a0]$/u;
const SENTENCE_OPEN = /(?:^|[.!?:;"“”‘(\n]\s*|\n)$/;
/**
 * Heads of sites often named after a person ("Ben Gurion Airport", "John
 * Hopkins Hospital") and never part of a person's own name, unlike "Park" or
 * "Tower": such a site stays a place even where the people stage took it for one.
 */
const NAMED_AFTER_PERSON = /\s(?:Airport|Hospital|Stadium|Square|Center|Centre|Bridge|Cathedral|Mosque|Airbase|Air\sBase|Naval\sBase|Prison|Plaza|Station|Dam)$/;
/**
 * Sources whose pattern says the words are a place ("the borough of X", "X,
 * Ore."): a one-word "person" the people stage made of the same word ("In
 * Haringey, the leader…") does not outweigh that.
 */
const PLACE_BY_CONTEXT = new Set(["administrative-of", "city-state", "feature"]);
/** Title words that end in "for/of/to the": the place belongs to the title. */
const TITLE_OF = /\b(?:Envoy|Minister|Secretary|Commissioner|Coordinator|Representative|Ministry|Department)\s(?:for|of|to)\s(?:the\s)?$/;
/** Capitalised words that may stand right before a place: compass points, articles, months, days. */
const OPENERS =
  /^(?:The|In|On|At|From|To|For|And|But|By|With|Western|Eastern|Northern|Southern|Central|North|South|East|West|Greater|Mainland|Occupied|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const TIME_WORDS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** Lowercase words after a country that show it is the subject or object, not a modifier. */
const NOT_A_NOUN = new Set(
  ("and or nor but to of in on at by for with from into over under about against between through during after before since " +
    "until as than that which who whom whose where when while if because is are was were be been being has have had do does did " +
    "will would shall should can could may might must not also still already itself alone too now then again so says said say " +
    "last next this earlier later today yesterday tomorrow tonight recently soon " +
    "agreed agrees wants plans hopes warns insists claims recognizes recognises accepts rejects supports backs joins leads")
    .split(" "),
);

/**
 * Drops mentions that name no place:
 * - part of a longer proper name or a person ("Jordan Peterson", "Kyiv
 *   Independent", "US President"): a capitalised word glued on either side;
 * - a mention inside a person the people stage found;
 * - a country used as a modifier ("U.S. officials", "the US proposal"),
 *   which is a demonym in all but spelling;
 * - a place inside a title ("Special Envoy for the Middle East").
 */
export function placeMentionRefiner(people: PersonFact[]): Refiner<PlaceCandidate> {
  const personSpans = spanIndex(people.flatMap((p) => p.mentions));
  const personNames = new Set(people.flatMap((p) => [p.name, ...p.aliases]));
  return {
    name: "place-mention",
    refine(context: ExtractionContext, results: PlaceCandidate[]): PlaceCandidate[] {
      const { text } = context;
      return results.filter((r) => {
        const reason = rejection(text, r, personSpans, personNames);
        if (reason) context.debug(() => `place "${r.text}" at ${r.start} dropped: ${reason}`);
        return !reason;
      });
    },
  };
}

/** Spans sorted by start, with the furthest end among each prefix: any overlap is then one binary search. */
interface SpanIndex {
  starts: number[];
  maxEnd: number[];
}

function spanIndex(spans: readonly { start: number; end: number }[]): SpanIndex {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((s) => s.start);
  const maxEnd: number[] = [];
  for (let k = 0; k < sorted.length; k++) maxEnd.push(Math.max(sorted[k].end, k > 0 ? maxEnd[k - 1] : -Infinity));
  return { starts, maxEnd };
}

/** Whether any span starts before `end` and ends after `start`. */
function overlapsAny(index: SpanIndex, start: number, end: number): boolean {
  let lo = 0;
  let hi = index.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.starts[mid] < end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && index.maxEnd[lo - 1] > start;
}

function rejection(text: string, r: PlaceCandidate, personSpans: SpanIndex, personNames: Set<string>): string | null {
  const person = personNames.has(r.text) || overlapsAny(personSpans, r.start, r.end);
  if (person && !(r.source === "site" && NAMED_AFTER_PERSON.test(r.text)) && !(PLACE_BY_CONTEXT.has(r.source) && !r.text.includes(" "))) return "a person";
  if (r.source === "site") return null;
  const after = text.slice(r.end, r.end + 40);
  const possessive = /^['’]s\b/.test(after);
  const next = possessive ? undefined : NEXT_WORD.exec(after)?.[1];
  if (next !== undefined && /^\p{Lu}/u.test(next) && !TIME_WORDS.test(next) && r.source === "gazetteer") return "part of a name";
  const head = text.slice(Math.max(0, r.start - 40), r.start);
  const previous = PREVIOUS_WORD.exec(head);
  if (previous && !OPENERS.test(previous[1]) && !SENTENCE_OPEN.test(head.slice(0, head.length - previous[0].length))) return "part of a name";
  if (TITLE_OF.test(head)) return "inside a title";
  if (r.kind === "country" && next !== undefined && /^\p{Ll}/u.test(next) && !NOT_A_NOUN.has(next) && !IRREGULAR_PAST.has(next) && !/(?:ed|ly|izes|ises)$/.test(next)) return "a modifier";
  return null;
}
