/**
 * Words that carry grammar or hedging but no story content: a blank on one
 * of them tests nothing worth knowing ("simply", "almost", "because").
 */
const FUNCTION_WORDS = new Set(
  (
    "a an the this that these those there their them they then than thus he she his her hers him it its we our ours us you your i me my " +
    "and or but nor so yet for of in on at to from by with without within into onto upon about above below over under after before " +
    "between among through during since until while because although though whether if unless as like such both either neither each " +
    "every all any some many much more most less least few several other another same own very too also just only even still already " +
    "almost nearly simply really quite rather fairly pretty somewhat perhaps maybe probably possibly certainly clearly indeed however " +
    "therefore meanwhile moreover furthermore instead otherwise anyway again ever never always often sometimes usually once twice " +
    "here where when why how what which who whom whose is are was were be been being am do does did done have has had having will " +
    "would shall should can could may might must not no yes around across along against toward towards per via despite amid upon " +
    "thing things something anything nothing everything someone anyone everyone way ways lot lots kind sort part whole said says told " +
    "according including include includes included added asked went get got make made take took come came see saw know knew think thought"
  ).split(" "),
);

/** A word that can be the answer to a blank: not a function word, not an -ly adverb, not a bare number word. */
export function isContentWord(word: string): boolean {
  const w = word.toLowerCase().replace(/[’']s$/, "");
  if (w.length < 4 || FUNCTION_WORDS.has(w)) return false;
  if (/ly$/.test(w) && !/(?:ally|ply|family|italy|supply|assembly|july|rally|reply)$/.test(w)) return false;
  return /\p{L}/u.test(w);
}

/** The inflection class of a word, by its ending: blanks whose choices differ in it are solved by grammar. */
export function inflection(word: string): "plural" | "ing" | "ed" | "ly" | "base" {
  const w = word.toLowerCase();
  if (/ing$/.test(w) && w.length > 5) return "ing";
  if (/ed$/.test(w) && w.length > 4) return "ed";
  if (/ly$/.test(w)) return "ly";
  if (/[^s'’u]s$/.test(w) && w.length > 3) return "plural";
  return "base";
}
