import { blankParts, wordBefore, wordsAfter } from "./blank-parts.ts";
import type { LintRule } from "./lint-rule.ts";

/**
 * Words after which a place is where something happens: "Where?" has a real
 * answer only there. "between ____ and Ukrainian officials" uses the place
 * for its government, and "the largest in ____" asks for trivia.
 */
const LOCATIVE = new Set(
  ("in at to from near into across outside inside throughout toward towards around via within through visit visited visiting " +
    "visits reached reach arrived landed flew travelled traveled returned held hosted based headquartered born out off")
    .split(" "),
);

/** Prepositions of direction: a place after them is where something goes or comes from only after a verb of movement. */
const DIRECTIONAL = new Set(["to", "from", "into", "toward", "towards", "via"]);
/** Movement a few words before a direction: "flew to", "withdraw armed police from", "moved its headquarters to". */
const MOVEMENT = /\b(?:go|goes|went|gone|going|come|comes|came|coming|travel(?:l?ed|l?ing|s)?|fl(?:y|ies|ew|own|ying)|return(?:s|ed|ing)?|mov(?:e|es|ed|ing)|sen[dt]s?|sending|ship(?:s|ped|ping)?|arriv(?:e|es|ed|ing)|fle(?:e|es|d|eing)|deport(?:s|ed|ing)?|export(?:s|ed|ing)?|import(?:s|ed|ing)?|withdr(?:aw|aws|ew|awn|awing)|evacuat(?:e|es|ed|ing)|dr(?:ive|ove|iven|iving)|walk(?:s|ed|ing)?|sail(?:s|ed|ing)?|head(?:s|ed|ing)?|relocat(?:e|es|ed|ing)|transfer(?:s|red|ring)?|brought|bring(?:s|ing)?|carr(?:y|ies|ied|ying)|mov(?:e|ed)|expel(?:s|led|ling)?|pull(?:s|ed|ing)?|bus(?:sed|ed)|commut(?:e|es|ed|ing)|emigrat(?:e|ed)|migrat(?:e|ed)|escap(?:e|ed)|trek(?:ked)?|march(?:ed)?|rout(?:e|ed))\b(?:\s+\S+){0,4}$/i;

/** A speech verb a few words before the blank. */
const SPOKE = /\b(?:said|says|told|spoke|speaking|announced|added|briefed|interview)\b(?:\s+\S+){0,4}\s+(?:in|at)\s*$/i;

/** "the city of ____", "the province of ____". */
const SETTLEMENT_OF = /\b(?:city|town|village|capital|port|province|state|region|island|county|district|suburb|borough|republic)\s+of\s*$/i;

/** After a place, words that show it is used for its people or government, not as a location. */
const ACTOR_AFTER = /^(?:['’]s?\b|officials?\b|government\b|leaders?\b|authorities\b|forces\b|troops\b|army\b|said\b|says\b|has\b|have\b|had\b|will\b|would\b|wants?\b|agreed\b|accused\b|demanded\b)/i;

/** People who act for a country: a place next to them stands for its government. */
const PEOPLE = String.raw`(?:officials?|delegat(?:es|ion)|negotiators?|diplomats?|envoys?|leaders|government|authorities|ministers?|counterparts?)\b`;
/** "officials from ____": the place names whose officials they are. */
const PEOPLE_FROM = new RegExp(String.raw`\b${PEOPLE}\s+(?:from|of)\s*$`, "i");
/** "____ and Ukrainian officials", "____ officials": the place is a party to the talks. */
const AND_PEOPLE = new RegExp(String.raw`^(?:and\s+(?:\S+\s+)?)?${PEOPLE}`, "i");

/** Titles that, placed after a blank, name a person whose country gives the answer away ("____ President Vladimir Putin"). */
const TITLE = /^(?:President|Prime|Premier|Foreign|Defen[cs]e|Chancellor|King|Queen|Emperor|Minister|Secretary|Ambassador|Leader|Governor|Mayor|Senator)\b/;

/**
 * A "where" blank must stand where a location is meant: after a locative
 * preposition or verb, not before a possessive, a title or a verb that makes
 * the place an actor.
 */
export const placeBlankRule: LintRule = {
  name: "place-blank",
  check(question) {
    if (question.kind !== "where") return null;
    const parts = blankParts(question.prompt);
    if (!parts) return "a where question without a blank";
    const after = parts.after.trim();
    if (TITLE.test(after.replace(/^['’]s?\s+/, ""))) return "a title and name after the blank give the place away";
    if (ACTOR_AFTER.test(after)) return "the place is used for its people or government, not as a location";
    // "officials from ____", "between ____ and Ukrainian officials": the people of a country, not a location.
    if (PEOPLE_FROM.test(parts.before) || AND_PEOPLE.test(after)) {
      return "the place stands for its officials or people, not a location";
    }
    // "told reporters in ____": where someone happened to speak is trivia.
    if (SPOKE.test(parts.before)) return "the place is where someone spoke, not where the story happens";
    const before = wordBefore(parts);
    // "the Tanzanian city of ____" names a location as surely as "in ____".
    if (!LOCATIVE.has(before) && !SETTLEMENT_OF.test(parts.before)) return `"${before} ____" does not ask for a location`;
    // "aid to ____", "commitments from ____": a direction names a place only after a movement ("flew to", "withdraw from").
    if (DIRECTIONAL.has(before) && !MOVEMENT.test(parts.before.replace(/\s*\p{L}+\s*$/u, ""))) return `"${before} ____" after no movement names a government or people, not a location`;
    if (/^(?:and|or)$/i.test(wordsAfter(parts, 1)[0] ?? "") && /\bbetween\s+$/i.test(parts.before)) return "a pair of places used for their governments";
    return null;
  },
};
