import type { LessonQuestion } from "../quiz/lesson-quiz.ts";
import { shuffleQuestions } from "../quiz/shuffle-quiz.ts";
import { keyAnswer } from "./answer-key.ts";
import { paperForm, paperInstruction, paperPrompt } from "./paper-form.ts";
import { DEFAULT_SITE_URL, quizUrl } from "./site-url.ts";
import { questionReferences, worksheetSources, type WorksheetArticle } from "./source-refs.ts";
import { versionSeed, type Version } from "./version.ts";
import { worksheetSchema, type Worksheet, type WorksheetQuestion } from "./worksheet-schema.ts";

/** A lesson's question set (`getLessonQuestionSet` gives it) with the frontmatter its sources list prints. */
export interface WorksheetInput {
  lessonSlug: string;
  title: string;
  /** In any order: the version's seed orders them; with `order: "story"`, in the order given. */
  questions: readonly LessonQuestion[];
  /** The lesson's quiz order: "story" keeps the questions' order on every version. */
  order?: "shuffle" | "story";
  articles: readonly WorksheetArticle[];
}

export interface WorksheetOptions {
  version: Version;
  /** The answer key of the version instead of the student's sheet. */
  key?: boolean;
  /** Large print: the same questions and order, laid out for 18 pt and up. */
  large?: boolean;
  /** Where the online quiz is served (see `parseSiteUrl`). */
  siteUrl?: string;
}

/**
 * One version of a lesson's worksheet, or its key. The version's seed orders
 * the questions and each question's choices with the same `shuffleQuestions`
 * the online quiz uses, so version A on paper is `?seed=1` on screen. A key
 * lists the same questions in the same order, each with its stable id, so a
 * teacher can mark any version against the key of that version.
 */
export function buildWorksheet(input: WorksheetInput, options: WorksheetOptions): Worksheet {
  const seed = versionSeed(options.version);
  const key = options.key ?? false;
  const questions: WorksheetQuestion[] = shuffleQuestions(input.questions, seed, input.order).map((q, i) => {
    const paper = paperForm(q);
    const answer = key ? { answer: { ...keyAnswer(q, paper), references: questionReferences(q, input.articles) } } : {};
    return { number: i + 1, id: q.id, kind: q.kind, prompt: paperPrompt(q.prompt, paper), instruction: paperInstruction(paper), paper, ...answer };
  });
  return worksheetSchema.parse({
    lessonSlug: input.lessonSlug,
    title: input.title,
    version: options.version,
    seed,
    key,
    large: options.large ?? false,
    quizUrl: quizUrl(options.siteUrl ?? DEFAULT_SITE_URL, input.lessonSlug, seed),
    questions,
    sources: worksheetSources(input.articles),
  });
}
