import { isDemonym } from "./demonyms.ts";
import { gazetteer } from "./gazetteer.ts";
import {
  CALENDAR_WORDS, GIVEN_NAMES, HONORIFICS, NON_NAME_WORDS, ORGANISATION_HEADS, PLACE_WORDS, ROLE_HEADS,
} from "./person-lexicon.ts";
import type { PlaceCandidate } from "./place-candidate.ts";
import { matchesOf } from "./regex-scan.ts";
import type { ExtractionContext, Extractor } from "./types.ts";

// "a hospital in Hull,", "a ranch outside Gallup,", "near Pilar since",
// "returned to Kingsmoor.", "around Reading, Guildford and St Albans": a
// locative preposition (or "to" after a verb of motion), then one
// capitalised word (perhaps after "St"), then punctuation or a lower-case
// word, so "in Goldman Sachs" and "at Ohio State" are never read as one word.
const WORD = String.raw`(?:St\.?\s)?\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?`;
/** After the name: punctuation, a closing quote (not a possessive), a lower-case word or the end. */
const ENDS = String.raw`(?=[,.;:!?)"”]|['’](?!\p{L})|\s\p{Ll}|\s*$)`;
const LOCATIVE = new RegExp(
  String.raw`\b(?:([Ii]n|[Nn]ear|[Oo]utside|[Aa]t|[Aa]round)|(?:returned|moved|flew|travelled|traveled|drove|fled|relocated|headed|went|came)\sto)\s(${WORD}(?:\s\p{Lu}[\p{Ll}\p{M}]+)?)${ENDS}`,
  "gu",
);
/** The next name of a list after a locative ("around Reading, Guildford and St Albans"), read from where the last one ended. */
const LIST_NEXT = new RegExp(String.raw`(?:,\s|,?\sand\s|\sor\s)(${WORD})${ENDS}`, "uy");
/** "the Eugene-based nonprofit": a place as the base of a business or group, read back from each "-based". */
const BASED = new RegExp(String.raw`(?:^|[^\p{L}\p{M}-])(${WORD})$`, "u");
/** Words before "in/at" that make what follows an employer or a company: "shares in X", "works at X". */
const EMPLOYER_CUES = new Set(`
  shares share stake stakes holding holdings investment investments invested invest investors interest job jobs
  work works worked working employed employee employees career executive executives analyst analysts engineer
  engineers staff intern internship role position director manager chief stock
`.split(/\s+/).filter(Boolean));
const PREVIOUS_WORD = /([\p{L}]+)\s*$/u;

/** Words after "in/at" that name no place: languages, institutions, media, abstract capitalised nouns. */
const NOT_PLACES = new Set(`
  parliament congress court office government english french spanish arabic mandarin latin power charge
  question practice order public private person total general theory principle advance time part
  christianity islam judaism buddhism hinduism twitter facebook instagram youtube google amazon microsoft
  apple tiktok reddit linkedin whatsapp telegram netflix spotify reuters bloomberg
`.split(/\s+/).filter(Boolean));

/**
 * Confidence of a single contextual mention; a second one in the article
 * corroborates it, but both stay below the 0.8 that lessons and quizzes ask
 * for: a place guessed from context is shown in the reader, never made an
 * answer key.
 */
const ALONE = 0.7;
const CORROBORATED = 0.75;

/**
 * Small towns no gazetteer lists, known only from a locative context.
 * Strong guards because any capitalised word can follow "in": no person's
 * given name, title, honorific, organisation or place head, calendar or
 * function word, demonym or language, and no word the gazetteer already
 * places (its own extractor handles those). A person the people stage found
 * is dropped by the mention refiner.
 */
export const contextualPlaceExtractor: Extractor<PlaceCandidate> = {
  name: "contextual",
  extract(context: ExtractionContext): PlaceCandidate[] {
    const { text } = context;
    const out: PlaceCandidate[] = [];
    const seen = new Map<string, number>();
    const add = (word: string, start: number) => {
      if (!placeLike(word)) return;
      seen.set(word, (seen.get(word) ?? 0) + 1);
      out.push({ start, end: start + word.length, text: word, canonical: word, kind: "city", confidence: ALONE, source: "contextual" });
    };
    for (const m of matchesOf(LOCATIVE, text)) {
      if (m[1] !== undefined && EMPLOYER_CUES.has(PREVIOUS_WORD.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[1].toLowerCase() ?? "")) continue;
      let end = m.index + m[0].length;
      // Two words are read only to start a list from a place the gazetteer knows ("at San Lorenzo and Timbúes").
      if (/\s/.test(withoutSaint(m[2])) && !gazetteer().lookup(m[2])) continue;
      add(m[2], end - m[2].length);
      for (let more = 0; more < 6; more++) {
        LIST_NEXT.lastIndex = end;
        const next = LIST_NEXT.exec(text);
        if (!next) break;
        end = next.index + next[0].length;
        add(next[1], end - next[1].length);
      }
    }
    for (let k = text.indexOf("-based ", 0); k >= 0; k = text.indexOf("-based ", k + 7)) {
      const m = /^\p{Ll}/u.test(text.charAt(k + 7)) ? BASED.exec(text.slice(Math.max(0, k - 40), k)) : null;
      if (m) add(m[1], k - m[1].length);
    }
    for (const c of out) if ((seen.get(c.text) ?? 0) >= 2) c.confidence = CORROBORATED;
    return out;
  },
};

/** The name without a leading "St" or "St.": what must be one word. */
const withoutSaint = (name: string) => name.replace(/^St\.?\s/, "");

/** Passes the guards: no given name, title, organisation or place head, calendar or function word, demonym, language or known place. */
function placeLike(word: string): boolean {
  const lower = word.toLowerCase();
  if (/\s/.test(withoutSaint(word))) return false;
  if (lower.length < 3 || NOT_PLACES.has(lower) || CALENDAR_WORDS.has(lower) || NON_NAME_WORDS.has(lower) || GIVEN_NAMES.has(lower)) return false;
  if (ORGANISATION_HEADS.has(lower) || PLACE_WORDS.has(lower) || ROLE_HEADS.has(lower) || HONORIFICS.has(lower) || isDemonym(word)) return false;
  return !gazetteer().lookup(word);
}
