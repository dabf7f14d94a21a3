import { languageMessage } from "../lib/content/article-language.ts";
import type { Language } from "../lib/text/language.ts";

/** Says so on stderr, and returns true, when a file is in a language quizwire does not read. */
export function refusesLanguage(file: string, language: Language | null): boolean {
  if (language) process.stderr.write(`${file}: ${languageMessage(language)}.\n`);
  return language !== null;
}
