/**
 * A romanised two-syllable given name joined by a hyphen, written after the
 * surname: "Leung Wai-kit", "Kim Jong-un", "Moon Jae-in". Both syllables are
 * short; "Saudi-led" or "Kremlin-backed" have a long first part and stay
 * adjectives.
 */
const SYLLABIC_GIVEN = /^\p{Lu}\p{Ll}{0,3}[-\u2010]\p{Ll}{1,4}$/u;

/** True for a hyphenated syllabic given name ("Wai-kit"), which only counts after another name word. */
export function isSyllabicGiven(word: string): boolean {
  return word.length <= 9 && SYLLABIC_GIVEN.test(word);
}

/**
 * The surname among a name's tokens: the last one, before any trailing
 * syllabic given name ("Stanley Leung Wai-kit" → "Leung"; "Kim Jong-un" →
 * "Kim"), so a later bare "Leung" or "Kim" is the same person.
 */
export function surnameOf(tokens: readonly string[]): string {
  let k = tokens.length - 1;
  while (k > 0 && isSyllabicGiven(tokens[k]!)) k--;
  return tokens[k]!;
}
