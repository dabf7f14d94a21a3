import { isDemonym } from "./demonyms.ts";
import type { PlaceKind } from "./fact-schema.ts";
import type { PlaceCandidate } from "./place-candidate.ts";
import { matchesOf } from "./regex-scan.ts";
import type { ExtractionContext, Extractor } from "./types.ts";

// Natural features and streets named by a capitalised head word: after the
// name ("Willamette River", "Rhône Glacier", "Court Street") or before it
// ("Mount Everest", "Lake Geneva", "Mont Blanc"). The head is found first and
// the name read beside it: one pass over the body.
const HEAD_AFTER = String.raw`River|Glacier|Mountains|Valley|Delta|Canyon|Desert|Peninsula|Island|Islands|Lake|Falls|Forest|Basin|Plateau|Gorge|Creek|Estuary|Street|Road|Avenue|Boulevard|Lane`;
const HEAD_BEFORE = String.raw`Mount|Mt\.|Mont|Lake|Cape|River`;
const BOTH_WAYS = /^(?:Lake|River)$/;
const FEATURE = new RegExp(String.raw`(?<=[\p{L}'’.-]\s)(${HEAD_AFTER})\b|\b(${HEAD_BEFORE})\s(?=\p{Lu})`, "gu");
/** One to three capitalised words before a head: "Po", "Grand Canyon". */
const NAME_BEFORE = /(?<![\p{L}\d'’.-])((?:\p{Lu}[\p{L}\p{M}'’-]*\s){0,2}\p{Lu}[\p{L}\p{M}'’-]*)\s$/u;
const NAME_AFTER = /^\p{Lu}[\p{L}\p{M}'’-]*(?:\s\p{Lu}[\p{L}\p{M}'’-]*){0,2}/u;
/** Words that open a sentence or a phrase but never a feature's own name. */
const NOT_NAME = new Set("The A An This That These Those Its Their His Her Our In On At From To Near Along Across Over Under Main Old New".split(" "));
/** Streets and roads are places where the text puts something on them, not where one names an institution ("Downing Street said"). */
const STREETS = /^(?:Street|Road|Avenue|Boulevard|Lane)$/;
const LOCATIVE_BEFORE = /\b(?:on|along|off|at|in|near|onto|down|up|across|from|to|outside)\s(?:the\s)?$/;
/** Words that make "Lake …" or "Mount …" the name of a business, school or street ("Lake Street Bank", "Mount Pleasant School"). */
const NOT_FEATURE_WORD = new RegExp(String.raw`\b(?:${HEAD_AFTER}|Bank|Capital|Partners|Group|Company|Hotel|School|High|University|College|Club|Hospital|Church|Road|Estate)\b`);
const MONTHS_DAYS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * Rivers, lakes, mountains, glaciers, valleys and streets that no gazetteer
 * lists. The name is the span as written, head included, so "Willamette
 * River" and "Mount Everest" stay whole. A demonym is no name ("the Swiss
 * Glacier"); a street counts only after a locative preposition.
 */
export const featurePlaceExtractor: Extractor<PlaceCandidate> = {
  name: "feature",
  extract(context: ExtractionContext): PlaceCandidate[] {
    const { text } = context;
    const out: PlaceCandidate[] = [];
    for (const m of matchesOf(FEATURE, text)) {
      const before = m[1] === undefined ? null : NAME_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index));
      // "Lake" and "River" head either way: "Crater Lake", "Lake Victoria".
      if (before) {
        const words = before[1].split(/\s/);
        while (words.length && (NOT_NAME.has(words[0]) || MONTHS_DAYS.test(words[0]) || /['’]s$/.test(words[0]))) words.shift();
        if (!words.length || isDemonym(words[words.length - 1])) continue;
        const start = m.index - 1 - words.join(" ").length;
        const end = m.index + m[1].length;
        if (STREETS.test(m[1]) && !LOCATIVE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
        if (/^\s\p{Lu}/u.test(text.slice(end, end + 2))) continue; // "River Plate Stadium", "Lake Street Bank": part of a longer name
        push(out, text, start, end, kindOf(m[1]));
      } else if (m[2] !== undefined || BOTH_WAYS.test(m[1])) {
        const head = m[2] ?? m[1];
        const after = text.slice(m.index + head.length + 1, m.index + head.length + 61);
        const name = NAME_AFTER.exec(after);
        if (!name || MONTHS_DAYS.test(name[0].split(" ")[0]) || NOT_FEATURE_WORD.test(name[0])) continue;
        if (text[m.index + head.length] !== " ") continue;
        const start = m.index;
        const end = m.index + head.length + 1 + name[0].length;
        push(out, text, start, end, kindOf(head));
      }
    }
    return out;
  },
};

function kindOf(head: string): PlaceKind {
  if (/^(?:River|Lake|Falls|Creek|Estuary|Delta|Basin)$/.test(head)) return "water";
  if (STREETS.test(head)) return "site";
  return "region";
}

function push(out: PlaceCandidate[], text: string, start: number, end: number, kind: PlaceKind): void {
  const written = text.slice(start, end);
  out.push({ start, end, text: written, canonical: written.replace(/\s+/g, " "), kind, confidence: 0.85, source: "feature" });
}
