import { franc } from "franc-min";

/**
 * The language an article is written in, so that text the extractor cannot
 * read (it knows English quotation, names and dates only) is said to be so
 * instead of yielding wrong quotes and English-worded questions around it.
 * `franc-min` (trigram profiles of 82 languages, no network, no model file)
 * is the well-kept library for this; Scots is ignored because its profile
 * is English with a few spellings, and franc offers it for plain English news.
 */

/** Shorter texts are not judged: a headline or a caption says too little. */
const MIN_LETTERS = 200;

/** The languages news most often comes in: a name for messages and the two-letter code for frontmatter. */
const KNOWN: Readonly<Record<string, readonly [string, string]>> = {
  eng: ["English", "en"], fra: ["French", "fr"], spa: ["Spanish", "es"], deu: ["German", "de"], ita: ["Italian", "it"],
  por: ["Portuguese", "pt"], nld: ["Dutch", "nl"], pol: ["Polish", "pl"], ukr: ["Ukrainian", "uk"], rus: ["Russian", "ru"],
  tur: ["Turkish", "tr"], arb: ["Arabic", "ar"], cmn: ["Chinese", "zh"], jpn: ["Japanese", "ja"], kor: ["Korean", "ko"],
  hin: ["Hindi", "hi"], swe: ["Swedish", "sv"], nob: ["Norwegian", "no"], dan: ["Danish", "da"], fin: ["Finnish", "fi"],
  ron: ["Romanian", "ro"], ces: ["Czech", "cs"], hun: ["Hungarian", "hu"], ell: ["Greek", "el"], ind: ["Indonesian", "id"],
  vie: ["Vietnamese", "vi"], swh: ["Swahili", "sw"],
};

/** A detected language: its ISO 639-3 code, a name to show, and the code an article's frontmatter takes. */
export interface Language {
  code: string;
  name: string;
  /** ISO 639-1 where there is one ("fr"), else the 639-3 code. */
  tag: string;
}

/**
 * The language of `text`, judged on its first 2,048 characters (franc's own
 * window, so the cost does not grow with the article); null when the text is
 * too short to tell.
 */
export function detectLanguage(text: string): Language | null {
  const sample = text.slice(0, 2048);
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return null;
  const code = franc(sample, { ignore: ["sco"] });
  return code === "und" ? null : { code, name: KNOWN[code]?.[0] ?? code, tag: KNOWN[code]?.[1] ?? code };
}

/** A language given by its frontmatter tag ("fr", "pt-BR"), named where it is known. */
export function languageTagged(tag: string): Language {
  const base = tag.split("-")[0]!;
  const entry = Object.entries(KNOWN).find(([, [, short]]) => short === base);
  return entry ? { code: entry[0], name: entry[1][0], tag } : { code: base, name: tag, tag };
}

/** The language `text` reads as when it is not English (null for English or too short to tell). */
export function otherLanguage(text: string): Language | null {
  const found = detectLanguage(text);
  return found && found.code !== "eng" ? found : null;
}
