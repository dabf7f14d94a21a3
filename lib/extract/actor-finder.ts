import {
  CALENDAR_WORDS, GROUP_NOUNS, NON_NAME_WORDS, ORGANISATION_HEADS, PLACE_WORDS, ROLE_HEADS, ROLE_MODIFIERS, SUBJECT_PRONOUNS,
} from "./person-lexicon.ts";
import type { PeopleIndex } from "./person-merge-refiner.ts";
import type { TextDocument } from "./text-document.ts";
import { joinedToPrevious, type Word } from "./word-scanner.ts";

/** What kind of thing a speaker phrase names. */
export type ActorKind = "person" | "pronoun" | "organisation" | "role" | "group" | "unknown";

/** A phrase that can be the subject of a speech verb, by word indices (inclusive). */
export interface Actor {
  kind: ActorKind;
  first: number;
  last: number;
  /** Index into `PeopleIndex.people` for person actors. */
  person?: number;
  /** Name as written, without article, for organisations, roles, groups and unknowns. */
  name?: string;
  /** What a pronoun can stand for. */
  pronoun?: "male" | "female" | "plural" | "thing";
  /** The people of a joint subject ("A and B"). */
  members?: Actor[];
}

const DETERMINERS = new Set(["the", "a", "an", "his", "her", "its", "their"]);
/** Longest role or organisation phrase looked at; bounds every scan. */
const MAX_PHRASE = 7;

const isQualifier = (w: Word) => (w.cap && !NON_NAME_WORDS.has(w.lower) && !CALENDAR_WORDS.has(w.lower)) || ROLE_MODIFIERS.has(w.lower);
const isCapWord = (w: Word) => w.cap && !NON_NAME_WORDS.has(w.lower) && !CALENDAR_WORDS.has(w.lower) && !SUBJECT_PRONOUNS.has(w.lower);
const isRoleHead = (w: Word) => ROLE_HEADS.has(w.lower) || GROUP_NOUNS.has(w.lower);

/** Finds speaker phrases by their last or first word. All scans are bounded by `MAX_PHRASE`. */
export class ActorFinder {
  constructor(private readonly doc: TextDocument, private readonly people: PeopleIndex) {}

  /** The actor whose last word is `j` ("… Dmitry Peskov", "he", "the White House", "the Ukrainian president"). */
  endingAt(j: number, allowGroup = true): Actor | null {
    const { words } = this.doc;
    const w = words[j];
    if (!w || w.quote !== -1) return null;
    const m = this.people.mentionEndingAt[j];
    if (m >= 0) {
      const mention = this.people.mentions[m];
      const actor: Actor = { kind: "person", first: mention.first, last: j, person: mention.person };
      return allowGroup ? this.joinBefore(actor) : actor;
    }
    const pronoun = SUBJECT_PRONOUNS.get(w.lower);
    if (pronoun) return { kind: "pronoun", first: j, last: j, pronoun };
    if (isRoleHead(w)) {
      let a = j;
      while (a > 0 && j - a < MAX_PHRASE && joinedToPrevious(this.doc.text, words, a) && isQualifier(words[a - 1]) && !words[a - 1].possessive) a--;
      if (a > 0 && words[a - 1].possessive && words[a - 1].cap && joinedToPrevious(this.doc.text, words, a)) a--;
      const name = this.doc.text.slice(words[a].start, w.end);
      const kind = GROUP_NOUNS.has(w.lower) || (w.lower.endsWith("s") && !w.lower.endsWith("ss")) ? "group" : "role";
      const first = a > 0 && DETERMINERS.has(words[a - 1].lower) ? a - 1 : a;
      return { kind, first, last: j, name };
    }
    if (!w.cap && ORGANISATION_HEADS.has(w.lower) && j > 0 && words[j - 1].lower === "the") {
      return { kind: "organisation", first: j - 1, last: j, name: w.text };
    }
    if (!isCapWord(w) || w.possessive) return null;
    let a = j;
    while (a > 0 && j - a < MAX_PHRASE && joinedToPrevious(this.doc.text, words, a) && isCapWord(words[a - 1]) && !words[a - 1].possessive) a--;
    return this.organisation(a, j);
  }

  /** The actor whose first word is `j`, for inverted attribution ("said Trump", "according to the ministry"). */
  startingAt(j: number): Actor | null {
    const { words } = this.doc;
    const w = words[j];
    if (!w || w.quote !== -1) return null;
    const pronoun = SUBJECT_PRONOUNS.get(w.lower);
    if (pronoun) return { kind: "pronoun", first: j, last: j, pronoun };
    let k = DETERMINERS.has(w.lower) ? j + 1 : j;
    for (let n = 0; k < words.length && n < MAX_PHRASE; k++, n++) {
      if (k > j && !joinedToPrevious(this.doc.text, words, k)) return null;
      const m = this.people.mentionStartingAt[k];
      if (m >= 0) {
        const mention = this.people.mentions[m];
        return { kind: "person", first: j, last: mention.last, person: mention.person };
      }
      const word = words[k];
      const next = words[k + 1];
      const nextJoined = next !== undefined && joinedToPrevious(this.doc.text, words, k + 1);
      if (isRoleHead(word)) {
        if (nextJoined && (this.people.mentionStartingAt[k + 1] >= 0 || isRoleHead(next) || ROLE_MODIFIERS.has(next.lower))) continue;
        return this.endingAt(k, false);
      }
      if (!isQualifier(word)) break;
      const runEnds = !nextJoined || !(isQualifier(next) || isRoleHead(next) || this.people.mentionStartingAt[k + 1] >= 0);
      if (word.possessive || runEnds) return isCapWord(word) ? this.organisation(DETERMINERS.has(w.lower) ? j + 1 : j, k) : null;
    }
    return null;
  }

  /** "A and B": a joint subject of two people or organisations. */
  private joinBefore(actor: Actor): Actor {
    const { words } = this.doc;
    let k = actor.first - 1;
    while (k > 0 && actor.first - k < MAX_PHRASE && words[k].lower !== "and" && (isQualifier(words[k]) || isRoleHead(words[k])) && joinedToPrevious(this.doc.text, words, k + 1)) k--;
    if (k <= 0 || words[k].lower !== "and" || words[k].sentence !== words[actor.first].sentence) return actor;
    const other = this.endingAt(k - 1, false);
    if (!other || (other.kind !== "person" && other.kind !== "organisation")) return actor;
    return { kind: "group", first: other.first, last: actor.last, members: [other, actor] };
  }

  /** A capitalised run `[a, j]` read as an organisation ("the Kremlin", "Foreign Ministry") or an unknown name. */
  private organisation(a: number, j: number): Actor | null {
    const { words } = this.doc;
    const run = words.slice(a, j + 1);
    if (run.length === 0 || run.some((w) => w.quote !== -1)) return null;
    const name = this.doc.text.slice(words[a].start, words[j].end);
    const withArticle = a > 0 && words[a - 1].lower === "the" && joinedToPrevious(this.doc.text, words, a);
    const first = withArticle ? a - 1 : a;
    if (withArticle || run.some((w) => ORGANISATION_HEADS.has(w.lower) || PLACE_WORDS.has(w.lower))) return { kind: "organisation", first, last: j, name };
    if (run.length === 1 && !run[0].allCaps) return { kind: "unknown", first, last: j, name };
    return { kind: "organisation", first, last: j, name };
  }
}
