import { MIN_KEY_CONFIDENCE } from "./key-confidence.ts";
import type { NumberFact } from "../extract/fact-schema.ts";
import { foldChoice } from "./choice-fold.ts";
import { evidenceFor, quotedOutOfSight } from "./evidence.ts";
import { MONEY_FIGURE, numberWordValue } from "./number-format.ts";
import type { Evidence } from "./question-schema.ts";
import type { QuizContext } from "./quiz-context.ts";

/** Numbers below this confidence are not asked about. */
export const MIN_NUMBER_CONFIDENCE = MIN_KEY_CONFIDENCE;

/** A number that can be blanked: the digits or number word inside its span, and its clause. */
export interface UsableNumber {
  storyNumberId: string;
  fact: NumberFact;
  value: number;
  /** The stretch to blank: "30" of "30-day", "two" of "two". */
  figure: { start: number; end: number; text: string };
  spelled: boolean;
  /** Digits after the decimal point in the article's figure. */
  decimals: number;
  /** The figure as printed, without sign and scale: 2.3 for "$2.3 billion". Choices vary it. */
  shown: number;
  /** What the article prints around the figure: "$" and " billion" for "$2.3 billion"; empty for a count. */
  unit: { prefix: string; suffix: string };
  clause: { start: number; end: number; text: string };
  evidence: Evidence;
  /** Inside someone's quoted words: a speaker's figure, not the article's. */
  quoted: boolean;
  /** Other figures of the same sentence, as printed: they would be right in their own place. */
  forbidden: string[];
  /** Values of the other figures of the passage printed with the same unit ("17,741 votes" beside "18,947"). */
  neighbours: number[];
  /** Full values of every other figure of the passage, whatever its unit ("700,000 vouchers", "$30"). */
  passageValues: number[];
}

/** One usable report per distinct (value, what is counted), first report first. */
export function usableNumbers(context: QuizContext): UsableNumber[] {
  const seen = new Set<string>();
  const out: UsableNumber[] = [];
  for (const number of context.story.numbers) {
    const key = `${number.value}\u0000${foldChoice(number.counted)}`;
    if (seen.has(key)) continue;
    for (const report of number.reports) {
      const fact = context.fact(report.slug, report.factId);
      if (fact?.type !== "number" || fact.confidence < MIN_NUMBER_CONFIDENCE) continue;
      const figure = figureOf(fact);
      const article = context.article(report.slug);
      if (!figure || !article) continue;
      const evidence = evidenceFor(context, report.slug, fact.start, fact.end);
      if (!evidence || quotedOutOfSight(context, evidence, fact.start, fact.end) || !worthAsking(fact, figure, article.body)) continue;
      // "£40m ($52m)": a converted sum in brackets restates the figure that matters, which stays in view.
      if (CONVERTED.test(article.body.slice(Math.max(0, fact.start - 40), fact.start))) continue;
      // A figure in a title or a scare quote ("‘The Ten-Hour Day’") names something; it counts nothing.
      if (context.quoted(report.slug, fact.start, fact.end) && quotationWords(context, report.slug, fact) < 8) continue;
      const clause = fact.clause && fact.clause.start <= fact.start && fact.clause.end >= fact.end ? fact.clause : evidence;
      // The whole sentence is shown, so any figure in it would be right in its own place.
      const others = article.facts.numbers.filter((n) => n.id !== fact.id && n.start < evidence.end && n.end > evidence.start).map((n) => ({ n, figure: figureOf(n) }));
      const forbidden = others.flatMap(({ figure: f }) => f?.figure.text ?? []);
      const neighbours = others.flatMap(({ n, figure: f }) => (f && f.unit.prefix === figure.unit.prefix && f.unit.suffix === figure.unit.suffix && !isYear(n) ? [f.shown] : []));
      const passageValues = others.filter(({ n }) => !isYear(n)).map(({ n }) => n.value);
      seen.add(key);
      out.push({ storyNumberId: number.id, fact, value: number.value, ...figure, clause, evidence, forbidden, neighbours, passageValues, quoted: context.quoted(report.slug, fact.start, fact.end) });
      break;
    }
  }
  return out;
}

/**
 * A count worth a question: it counts something, it is not a year read as a
 * number ("2008"), and it is not "one" or "two" in a set phrase ("as one
 * option", "the two countries").
 */
function worthAsking(fact: NumberFact, figure: NonNullable<ReturnType<typeof figureOf>>, body: string): boolean {
  if (figure.unit.prefix) return true;
  const before = body.slice(Math.max(0, fact.start - 24), fact.start);
  const wider = body.slice(Math.max(0, fact.start - 40), fact.start);
  const after = body.slice(fact.end, fact.end + 24);
  // An age ("the 34-year-old", "aged 61") describes a person; it is not a figure of the story.
  if (/^\s*(?:-?\s*years?[- ]old|-year-old)|^-year-old/i.test(after) || /\baged\s*$/i.test(before) || /\byear[- ]old\b/i.test(fact.counted)) return false;
  // "Lolohea, 22, scored twice": a number between commas right after a name is the person's age.
  if (/\p{Lu}\p{Ll}+,\s*$/u.test(before) && /^\s*,/.test(after) && fact.value >= 12 && fact.value <= 110 && Number.isInteger(fact.value)) return false;
  // "12 years of service", "30 years' experience": a person's tenure is biography, not the story's figure.
  if (/^\s*(?:years?|decades?)(?:['’]|\s+of)?\s+(?:service|experience)\b/i.test(after)) return false;
  // A number inside a name ("Interstate 70", "I-70", "Route 9", "Channel 41") is a label, not a quantity.
  // A capital that opens a sentence ("Nearly 400 homes") is only the sentence's first word, unless hyphened to the number ("I-70").
  if (/\p{Lu}[\p{L}.]*-$/u.test(before) || /[\p{Ll}\p{N},;:]\s+\p{Lu}[\p{L}.]*\s$/u.test(before)) return false;
  // "4:51:22", "7:40": a clock or a race time is read whole; one of its parts is no count.
  if (/^:\d/.test(after) || /\d:$/.test(before)) return false;
  // "level 6", "stage 3", "No. 5": a rank or a label in a series, not a quantity.
  if (LABEL_NOUN.test(before)) return false;
  // "41 of 212 forms": the whole is asked through its part, never the other way round.
  if (/\d[\d,.]*\s+(?:out\s+)?of\s*(?:the\s+)?$/i.test(before)) return false;
  // "a survey of 2,000 adults": the sample's size is method, not finding (the share they gave is asked instead).
  if (/\b(?:survey|poll|study|sample|questionnaire)\s+of\s*(?:about|around|some|nearly|more than)?\s*$/i.test(wider)) return false;
  // "one of the biggest": a set phrase, not a count to ask.
  if (/^\s*of the\b/i.test(after) && fact.value === 1) return false;
  // "a town of 12,000 people": a place's size is background, not the story's figure.
  // So is the membership of a body it mentions ("an association of about 340 companies", "a chain of 40 stores").
  if (/\b(?:town|city|village|community|suburb|county|district|population|nation|country|association|federation|union|alliance|coalition|network|group|chain|club|body|league) of\s*(?:about|around|some|nearly|more than|over)?\s*$/i.test(wider)) return false;
  if (!fact.counted.trim()) return false;
  if (figure.spelled && fact.value < 3) return false;
  return !isYear(fact) || figure.figure.text.includes(",");
}

/** A share: "per cent", "percent" or "%" with the figure. */
export function isPercent(number: Pick<UsableNumber, "fact">): boolean {
  return /percent|per cent|%/.test(number.fact.counted) || /%$/.test(number.fact.text);
}

/** A year read as a number ("2008"). */
function isYear(fact: NumberFact): boolean {
  return Number.isInteger(fact.value) && fact.value >= 1800 && fact.value <= 2100 && !fact.text.includes(",");
}

/** Nouns that number the members of a series rather than count anything ("level 6", "round 3", "No. 5"). */
const LABEL_NOUN = /\b(?:level|stage|phase|category|tier|grade|step|round|no\.|number|game|week|day|chapter|section|article|page|room|gate|platform|row|seat|pick|seed)\s*$/i;

/** Words of the quotation around a figure. */
function quotationWords(context: QuizContext, slug: string, fact: NumberFact): number {
  const opening = context.quoteOpening(slug, fact.start, fact.end);
  const body = context.article(slug)?.body ?? "";
  const close = body.slice(opening + 1).search(/[”"’](?!\p{L})/u);
  const text = close < 0 ? body.slice(opening + 1) : body.slice(opening + 1, opening + 1 + close);
  return text.trim().split(/\s+/).length;
}

/** Just before a figure: another sum of money and an opening bracket ("£40m (", "€1.2bn (about "). */
const CONVERTED = /[$€£¥₹]\s?\d[\d.,]*\s?(?:thousand|million|billion|trillion|bn|tn|m)?\s*\(\s*(?:about|around|roughly|or|some|nearly)?\s*(?:US)?[$€£¥₹]?$/i;

/** The figure inside a number's span, when the span starts with digits or a number word that give its value. */
function figureOf(fact: NumberFact): Pick<UsableNumber, "figure" | "spelled" | "decimals" | "shown" | "unit"> | null {
  const money = MONEY_FIGURE.exec(fact.text);
  if (money) {
    // A sum of money is blanked whole: "____ in cash", with "$1.7 billion" and "$2.9 billion" to choose from.
    const shown = Number(money[2]!.replace(/,/g, ""));
    const figure = { start: fact.start, end: fact.end, text: fact.text };
    return { figure, spelled: false, decimals: money[2]!.split(".")[1]?.length ?? 0, shown, unit: { prefix: money[1]!, suffix: money[3] ?? "" } };
  }
  const none = { prefix: "", suffix: "" };
  const digits = /^\d[\d,]*(\.\d+)?/.exec(fact.text);
  if (digits && Number(digits[0].replace(/,/g, "")) === fact.value) {
    return { figure: { start: fact.start, end: fact.start + digits[0].length, text: digits[0] }, spelled: false, decimals: digits[1] ? digits[1].length - 1 : 0, shown: fact.value, unit: none };
  }
  const word = /^[A-Za-z]+/.exec(fact.text);
  if (word && numberWordValue(word[0]) === fact.value) {
    return { figure: { start: fact.start, end: fact.start + word[0].length, text: word[0] }, spelled: true, decimals: 0, shown: fact.value, unit: none };
  }
  return null;
}
