import { gazetteer } from "../../extract/gazetteer.ts";
import type { PlaceKind } from "../../extract/fact-schema.ts";
import { foldChoice } from "../choice-fold.ts";
import type { QuizContext } from "../quiz-context.ts";
import { answersOf, type LintRule } from "./lint-rule.ts";

/** Kinds a "where" question may ask: a continent, sea or vague "other" place is trivia or guesswork. */
const ASKABLE: ReadonlySet<PlaceKind> = new Set(["country", "city", "region", "site"]);

/**
 * The choices of a "where" question are all places of the key's kind (a city
 * with cities, a country with countries), so none can be ruled out by type.
 */
export const placeChoicesRule: LintRule = {
  name: "place-choices",
  check(question, context) {
    if (question.kind !== "where" || !question.choices) return null;
    const [key] = answersOf(question);
    const kind = placeKind(context, key ?? "");
    if (!kind || !ASKABLE.has(kind)) return `the answer is a ${kind ?? "place of unknown kind"}, not a place to ask about`;
    const odd = question.choices.find((c) => placeKind(context, c) !== kind);
    if (odd) return `"${odd}" is not a ${kind} like the answer`;
    // "Migingo Island" among "Kabarole" and "Arua": the one island is the guess.
    const head = headNoun(key ?? "");
    const other = question.choices.find((c) => headNoun(c) !== head);
    return other ? `"${other}" lacks or has a head word ("${head ?? other}") the others do not: the form gives the answer away` : null;
  },
};

/** Words that end many place names and say what kind of place it is. */
const HEADS = /\s(island|islands|valley|river|lake|bay|park|square|stadium|arena|hall|bridge|street|avenue|road|mountain|mountains|hill|falls|county|district|province|region|state|city|town|village|airport|station|harbou?r|port|beach|forest|desert|canyon|strait|sea|ocean|gulf|coast|peninsula|plaza|centre|center|garden|gardens)$/i;

/** The head word of a place name ("Migingo Island" → "island"), or undefined. */
function headNoun(name: string): string | undefined {
  return HEADS.exec(name.trim())?.[1]?.toLowerCase();
}

/** The kind of a named place: as the story's facts have it, else as the gazetteer does. */
export function placeKind(context: QuizContext, name: string): PlaceKind | undefined {
  const folded = foldChoice(name);
  return context.story.places.find((p) => foldChoice(p.name) === folded)?.kind ?? gazetteer().lookup(name)?.kind;
}
