import type { NumberCandidate } from "./number-extractor.ts";
import type { ExtractionContext, Extractor } from "./types.ts";

/** Currency signs and the money they count. */
const CURRENCIES: Readonly<Record<string, string>> = { $: "dollars", US$: "US dollars", C$: "Canadian dollars", A$: "Australian dollars", "€": "euros", "£": "pounds", "¥": "yen", "₹": "rupees" };
const SCALE_WORDS: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12 };

// "$2.3 billion", "£750,000", "€40m", "US$1.14 billion": a sign, a figure and an optional scale.
const MONEY = /(?<![\p{L}\d])(US\$|C\$|A\$|[$€£¥₹])\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(thousand|million|billion|trillion|bn|tn)\b|(m)\b)?(?![\d,]\d)/gu;

/**
 * Amounts of money, written with a currency sign: "$2.3 billion" is
 * 2,300,000,000 dollars. The number extractor leaves figures after a sign
 * alone (a price is not a count), so the two never overlap. A sum of money
 * is often the number that matters most in a business or policy story.
 */
export const moneyExtractor: Extractor<NumberCandidate> = {
  name: "money",
  extract(context: ExtractionContext): NumberCandidate[] {
    const out: NumberCandidate[] = [];
    for (const m of context.text.matchAll(MONEY)) {
      const amount = Number(m[2]!.replace(/,/g, ""));
      const scale = SCALE_WORDS[(m[3] ?? m[4] ?? "").toLowerCase()] ?? 1;
      if (!Number.isFinite(amount)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value: amount * scale, counted: CURRENCIES[m[1]!] ?? "money", confidence: 0.9 });
    }
    return out;
  },
};
