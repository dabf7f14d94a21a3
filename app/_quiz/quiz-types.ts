import type { Question } from "../../lib/quiz/question-schema.ts";

/** A sentence a question rests on, linked to its paragraph in the article reader. */
export interface SourceLink {
  href: string;
  /** The outlet (or title) that printed it. */
  label: string;
  text: string;
}

/** A question as the browser gets it: no fact ids, its evidence already turned into links. */
export type PlayerQuestion = Omit<Question, "factIds" | "difficulty" | "sources" | "evidence"> & { links: SourceLink[] };

/** One lesson's quiz questions, in a fixed order; the seed in the URL shuffles them. */
export interface LessonQuestions {
  lessonSlug: string;
  title: string;
  questionSeed: number;
  questions: PlayerQuestion[];
}

/** What a learner has entered for one question: a choice, several, a typed text, an order or one pick per item. */
export type QuestionResponse = string | string[];
