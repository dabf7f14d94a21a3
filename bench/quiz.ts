// npm run bench:quiz — median time of generateQuiz for a 20-question quiz
// (50 runs each, after warm-up) on the seed story and on a synthetic story of
// 100 articles. Facts are extracted and merged once, outside the timing:
// only generateQuiz is timed.
import { join } from "node:path";
import { loadStoryFacts } from "../lib/content/facts-loader.ts";
import { loadContent } from "../lib/content/load-content.ts";
import type { ArticleFacts } from "../lib/extract/fact-schema.ts";
import { factId } from "../lib/extract/fact-id.ts";
import { generateQuiz, type QuizArticle, type QuizInput } from "../lib/quiz/generate-quiz.ts";
import { mergeStory } from "../lib/story/merge-story.ts";

function median(runs: number, pass: (run: number) => void): number {
  pass(-1);
  pass(-2);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    pass(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const root = join(import.meta.dirname, "..");
const loaded = loadStoryFacts(root, loadContent(root), "trump-putin-call-2025-03")!;
const seedStory: QuizInput = {
  story: loaded.story,
  articles: loaded.articles.map(({ article, facts }) => ({ slug: article.slug, body: article.body, facts, title: article.frontmatter.title, ...(article.frontmatter.outlet ? { outlet: article.frontmatter.outlet } : {}) })),
};

const SPEAKERS = ["Donald Trump", "Emmanuel Macron", "David Lammy", "Volodymyr Zelensky", "Keir Starmer", "Dmitry Peskov", "Marco Rubio", "Karoline Leavitt"];
const WORDS = "peace land power plants border talks guns silence winter army grain ports sanctions aid convoy river bridge harbour election summit".split(" ");
const PLACES: [string, "city" | "country"][] = [["Jeddah", "city"], ["Moscow", "city"], ["Kyiv", "city"], ["France", "country"], ["Saudi Arabia", "country"], ["Ukraine", "country"]];

/** A synthetic article: quotes, places, dates and numbers at real offsets, built programmatically. */
function syntheticArticle(i: number): QuizArticle & { published: string } {
  const slug = `synthetic-${String(i).padStart(3, "0")}`;
  const facts: ArticleFacts = { article: slug, published: "2025-03-18", quotes: [], people: [], places: [], dates: [], numbers: [] };
  let body = "";
  const add = (sentence: string) => {
    const start = body.length;
    body += `${sentence} `;
    return { start, end: start + sentence.length, text: sentence };
  };
  for (let k = 0; k < 6; k++) {
    const speaker = SPEAKERS[(i + k) % SPEAKERS.length]!;
    const pick = (n: number) => WORDS[(i * 7 + k * 13 + n * 5) % WORDS.length];
    const words = `we want ${pick(1)} and ${pick(2)} before ${pick(3)} or ${pick(4)} item ${i}-${k}`;
    const sentence = add(`${speaker} said “${words}” on Monday.`);
    const start = sentence.start + speaker.length + 7;
    facts.quotes.push({ id: factId("quote", slug, start, start + words.length), article: slug, start, end: start + words.length, text: words, confidence: 0.9, type: "quote", speaker: { name: speaker, kind: "person" }, kind: "full", sentence });
  }
  const [place, kind] = PLACES[i % PLACES.length]!;
  // Sentences as long as news sentences: a quiz asks nothing of a passage too short to read alone.
  const clause = add(`Delegates from both sides met in ${place} on the second day of talks to agree the terms of a ceasefire.`);
  const ps = clause.start + clause.text.indexOf(place);
  facts.places.push({ id: factId("place", slug, ps, ps + place.length), article: slug, start: ps, end: ps + place.length, text: place, confidence: 0.9, type: "place", name: place, kind, mentions: [{ start: ps, end: ps + place.length, text: place, clause }] });
  const day = 1 + (i % 28);
  const dateText = `on March ${day}`;
  const dc = add(`Envoy group ${i} met the president ${dateText} to discuss the terms of the proposed ceasefire.`);
  const ds = dc.start + dc.text.indexOf(dateText);
  facts.dates.push({ id: factId("date", slug, ds, ds + dateText.length), article: slug, start: ds, end: ds + dateText.length, text: dateText, confidence: 0.9, type: "date", value: `2025-03-${String(day).padStart(2, "0")}`, granularity: "day", clause: dc });
  const n = 100 + i * 25;
  const nText = n.toLocaleString("en-US");
  const nc = add(`Each week brings ${nText} soldier deaths on both sides of the front line in the east.`);
  const ns = nc.start + nc.text.indexOf(nText);
  facts.numbers.push({ id: factId("number", slug, ns, ns + nText.length), article: slug, start: ns, end: ns + nText.length, text: nText, confidence: 0.9, type: "number", value: n, counted: "soldier deaths", clause: nc });
  return { slug, body, facts, published: "2025-03-18", outlet: `Outlet ${i % 12}` };
}

const articles = Array.from({ length: 100 }, (_, i) => syntheticArticle(i));
const mergeStart = performance.now();
const synthetic: QuizInput = { story: mergeStory("synthetic", articles.map(({ slug, outlet, published, facts }) => ({ slug, outlet, published, facts }))), articles };
const mergeMs = performance.now() - mergeStart;

const seedMs = median(50, (run) => generateQuiz(seedStory, { seed: run, count: 20 }));
const syntheticMs = median(50, (run) => generateQuiz(synthetic, { seed: run, count: 20 }));
const sample = generateQuiz(synthetic, { seed: 1, count: 20 });

console.log("generateQuiz only (facts extracted and merged beforehand), 20 questions, median of 50 runs:");
console.log(`seed story (${seedStory.articles.length} articles, ${seedStory.story.quotes.length} quote groups): ${seedMs.toFixed(2)} ms`);
console.log(`synthetic story (100 articles, ${synthetic.story.quotes.length} quote groups): ${syntheticMs.toFixed(2)} ms (${sample.questions.length} questions; mergeStory once: ${mergeMs.toFixed(0)} ms)`);
