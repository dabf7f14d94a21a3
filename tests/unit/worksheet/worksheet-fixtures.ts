import type { LessonQuestion } from "../../../lib/quiz/lesson-quiz.ts";
import type { Evidence } from "../../../lib/quiz/question-schema.ts";
import type { WorksheetInput } from "../../../lib/worksheet/build-worksheet.ts";
import type { WorksheetArticle } from "../../../lib/worksheet/source-refs.ts";

/** Two small articles: one with an outlet and URL, one known only by its title. */
export const ARTICLES: WorksheetArticle[] = [
  {
    slug: "daily",
    outlet: "Daily Report",
    title: "Leaders talk",
    published: "2025-03-17",
    url: "https://example.com/daily",
    body: "Donald Trump said on Monday that talks went well.\n\nDmitry Peskov said “we never do that” when asked about the agenda of the call.",
  },
  {
    slug: "wire",
    title: "Trump and Putin talk",
    published: "2025-03-18",
    body: "The call took place on Tuesday.\n\nThe two leaders spoke for two hours.\n\nDavid Lammy said the allies have “more cards that we can play” in the talks.",
  },
];

/** Where a sentence of a fixture article is, as the generators record it. */
export function evidence(slug: string, sentence: string): Evidence {
  const article = ARTICLES.find((a) => a.slug === slug)!;
  const start = article.body.indexOf(sentence);
  if (start < 0) throw new Error(`fixture: "${sentence}" is not in ${slug}`);
  return { article: slug, ...(article.outlet ? { outlet: article.outlet } : {}), start, end: start + sentence.length, text: sentence };
}

const base = { explanation: "Because the article says so.", author: "generated" as const };

/** One question of every paper form, with ids that sort in another order than they are listed. */
export const QUESTIONS: LessonQuestion[] = [
  { ...base, id: "who-said-1", kind: "who-said", prompt: "Who said: “we never do that”?", choices: ["Donald Trump", "Dmitry Peskov", "David Lammy"], answer: "Dmitry Peskov", evidence: evidence("daily", "Dmitry Peskov said “we never do that” when asked about the agenda of the call.") },
  { ...base, id: "typed-1", kind: "typed", prompt: "Type the date that fills the blank: “The call took place ____.”", answer: "Tuesday 18 March 2025", accepted: ["2025-03-18"], answerType: "date", allowWeekday: true, evidence: evidence("wire", "The call took place on Tuesday.") },
  {
    ...base,
    id: "match-1",
    kind: "match",
    prompt: "Match each speaker to their words: (1) David Lammy, (2) Dmitry Peskov.",
    items: ["David Lammy", "Dmitry Peskov"],
    choices: ["we never do that", "more cards that we can play"],
    answer: ["more cards that we can play", "we never do that"],
    evidence: evidence("wire", "David Lammy said the allies have “more cards that we can play” in the talks."),
    sources: [evidence("daily", "Dmitry Peskov said “we never do that” when asked about the agenda of the call.")],
  },
  {
    ...base,
    id: "order-1",
    kind: "order",
    prompt: "Put these events in the order they happened, earliest first.",
    choices: ["The call took place.", "Trump said talks went well.", "Lammy spoke."],
    answer: ["Trump said talks went well.", "The call took place.", "Lammy spoke."],
    evidence: evidence("daily", "Donald Trump said on Monday that talks went well."),
  },
  { ...base, id: "source-check-1", kind: "source-check", prompt: "Which sources reported “we never do that”?", choices: ["Daily Report", "“Trump and Putin talk”"], answer: "Daily Report", evidence: evidence("daily", "Dmitry Peskov said “we never do that” when asked about the agenda of the call.") },
  { ...base, id: "true-false-1", kind: "true-false", prompt: "True or false: the two leaders spoke for two hours.", choices: ["True", "False"], answer: "True", evidence: evidence("wire", "The two leaders spoke for two hours.") },
  { id: "lesson-q-abc", kind: "choice", prompt: "Which words describe a pause in fighting?", choices: ["ceasefire", "truce", "offensive"], answer: ["ceasefire", "truce"], explanation: "Both mean a pause.", author: "teacher" },
];

/** The fixture lesson as `buildWorksheet` takes it. */
export const INPUT: WorksheetInput = { lessonSlug: "call", title: "The call", questions: QUESTIONS, articles: ARTICLES };
