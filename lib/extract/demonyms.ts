import { gazetteer } from "./gazetteer.ts";

/**
 * Whether a capitalised word is a nationality adjective ("Ukrainian",
 * "French", "Saudi-led"): such words qualify a place-like noun ("the Russian
 * region") without naming a place. Suffix rules cover most; the list holds
 * the irregular ones; a name the gazetteer knows is never a demonym.
 */
export function isDemonym(word: string): boolean {
  const w = word.replace(/-\p{Ll}+$/u, "");
  if (gazetteer().lookup(w)) return false; // "Iran", "Sudan", "Helsinki" end like demonyms
  return IRREGULAR.has(w) || /(?:ian|ean|ese|ish|ic|an|i)$/.test(w);
}

const IRREGULAR = new Set(
  "French Dutch Greek Thai Swiss Czech Welsh Irish Scots British English Danish Swedish Finnish Polish Turkish Spanish Kurdish Flemish Basque Lao Malagasy Filipino"
    .split(" "),
);
