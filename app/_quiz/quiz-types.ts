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
  /** "story": ask in the order given on every seed; "shuffle": the seed orders the questions. */
  order: "shuffle" | "story";
  questions: PlayerQuestion[];
}

/** What a learner has entered for one question: a choice, several, a typed text, an order or one pick per item. */
export type QuestionResponse = string | string[];

/** What every question component gets from the view that shows it. */
export interface QuestionProps {
  question: PlayerQuestion;
  /** Unique per question on the page, for ids and radio names. */
  idPrefix: string;
  /** The heading above the prompt, e.g. "Question 3 of 20"; it gets the id `${idPrefix}-num` so a view can name the question by it. */
  heading: string;
  response: QuestionResponse | undefined;
  onChange: (response: QuestionResponse) => void;
  /** Once checked, inputs are locked and marked right or wrong. */
  checked: boolean;
}
