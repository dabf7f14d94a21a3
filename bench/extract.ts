// npm run bench:extract — words per second of quizwire's extraction and, on
// the same texts in the same run, of compromise's nlp(text).people().places()
// (the reference), plus the time to extract one 1 MB article.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import nlp from "compromise";
import { extractFacts } from "../lib/extract/pipeline.ts";

const dir = join(import.meta.dirname, "../tests/fixtures/seeds");
const texts = readdirSync(dir)
  .filter((name) => name.endsWith(".txt"))
  .map((name) => readFileSync(join(dir, name), "utf8"));
const words = texts.reduce((sum, text) => sum + text.split(/\s+/).filter(Boolean).length, 0);

/**
 * Median wall time in ms of `rounds` passes over all texts. Both libraries
 * first get the same number of warm-up passes: V8 optimises functions one by
 * one over the first few dozen passes, and timing those measures the JIT.
 */
const WARM_UP = 40;
function median(rounds: number, pass: () => void): number {
  for (let i = 0; i < WARM_UP; i++) pass();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    pass();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const quizwireMs = median(31, () => {
  for (const text of texts) extractFacts(text, { article: "bench", published: "2025-03-17" });
});
const compromiseMs = median(11, () => {
  for (const text of texts) {
    const doc = nlp(text);
    doc.people().out("array");
    doc.places().out("array");
  }
});
const rate = (ms: number) => Math.round(words / (ms / 1000));

let big = "";
while (big.length < 1_000_000) big += `${texts.join("\n\n")}\n\n`;
const bigStart = performance.now();
const bigFacts = extractFacts(big, { article: "big", published: "2025-03-17" });
const bigMs = performance.now() - bigStart;

console.log(`texts: ${texts.length} seed articles, ${words} words per pass`);
console.log(`quizwire   ${rate(quizwireMs).toLocaleString("en-US").padStart(12)} words/s  (median pass ${quizwireMs.toFixed(2)} ms)`);
console.log(`compromise ${rate(compromiseMs).toLocaleString("en-US").padStart(12)} words/s  (median pass ${compromiseMs.toFixed(2)} ms)`);
console.log(`speed-up   ${(compromiseMs / quizwireMs).toFixed(1)}×`);
console.log(
  `1 MB article (${(big.length / 1e6).toFixed(2)} M chars): ${bigMs.toFixed(0)} ms, ${bigFacts.quotes.length} quotes, ${bigFacts.dates.length} dates, ${bigFacts.places.length} places`,
);
