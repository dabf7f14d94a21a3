import type { QuestionKind } from "../../quiz/question-schema.ts";
import type { LessonFrontmatter } from "./lesson-frontmatter-schema.ts";

/**
 * A hand-written lesson turned into typed data. Teachers write MDX with a
 * small vocabulary of tags; the parser checks every tag and prop and hands
 * the app this tree, which it renders without evaluating any code. Article
 * text and lesson text are always data: nothing here is ever HTML.
 */
export interface LessonDocument {
  /** From the file name (`content/lessons/<slug>.mdx`). */
  slug: string;
  /** Relative to the project root, with forward slashes. */
  file: string;
  frontmatter: LessonFrontmatter;
  /** The lesson body in reading order. */
  blocks: LessonBlock[];
  /** Every `<Question>`, `<TrueFalse>` and `<Cloze>`, in reading order: they join the quiz and the worksheet. */
  questions: TeacherQuestion[];
  /** Frontmatter `quiz:` overridden by the `<Quiz>` tag's props, if any. */
  quiz: LessonQuizSettings;
}

/** Which questions a lesson's quiz asks (generated ones; hand-written ones are always in). */
export interface LessonQuizSettings {
  /** Questions in all, the teacher's own included; by default the articles' length decides. */
  count?: number;
  /** Generated kinds; empty means every kind. */
  kinds: QuestionKind[];
  /** The question seed: chooses the generated questions and their distractors. */
  seed: number;
  /** "story": questions follow the story, setting before detail, the teacher's first; "shuffle" (default): each version's seed orders them. */
  order?: QuizOrder;
}

/** How a lesson's quiz orders its questions. */
export type QuizOrder = "shuffle" | "story";

/** Inline text, as Markdown allows it inside a paragraph. */
export type LessonInline =
  | { type: "text"; value: string }
  | { type: "emphasis"; children: LessonInline[] }
  | { type: "strong"; children: LessonInline[] }
  | { type: "code"; value: string }
  | { type: "link"; href: string; children: LessonInline[] }
  | { type: "break" }
  /** `<Vocabulary term="ceasefire">a pause in fighting</Vocabulary>` used inside a sentence. */
  | { type: "vocabulary"; term: string; definition: LessonInline[] };

/** A block of the lesson body: Markdown blocks and the components. */
export type LessonBlock =
  | { type: "heading"; depth: 2 | 3 | 4; children: LessonInline[] }
  | { type: "paragraph"; children: LessonInline[] }
  | { type: "list"; ordered: boolean; items: LessonBlock[][] }
  | { type: "blockquote"; children: LessonBlock[] }
  | { type: "rule" }
  | { type: "code"; value: string }
  /** Where the quiz card goes; its settings are in `LessonDocument.quiz`. */
  | { type: "quiz" }
  /** A hand-written question shown in the lesson as well (index into `LessonDocument.questions`). */
  | { type: "question"; index: number }
  /**
   * A quote from the facts, found by `<Quote match="…">`; `quoteId` is the story's quote group id
   * (empty until `checkLessonFacts` resolves it); `line` is the tag's file line, for its messages.
   */
  | { type: "quote"; match: string; quoteId: string; line: number }
  | { type: "timeline" }
  | { type: "people" }
  | { type: "places" }
  | { type: "sources-compare" }
  /** A block-level `<Vocabulary term>` (a glossary entry). */
  | { type: "vocabulary"; term: string; definition: LessonBlock[] }
  | { type: "callout"; kind: CalloutKind; title?: string; children: LessonBlock[] }
  | { type: "discussion"; children: LessonBlock[] };

/** `<Callout type="…">`. */
export const CALLOUT_KINDS = ["note", "tip", "warning", "think"] as const;
export type CalloutKind = (typeof CALLOUT_KINDS)[number];

/**
 * A question a teacher wrote. `id` is stable (`<lesson>-q-<hash of the
 * prompt>` unless the tag sets `id`), so worksheet keys and stored progress
 * keep pointing at it when the lesson is edited around it.
 */
export interface TeacherQuestion {
  id: string;
  /** `<Question>` is "choice"; `<TrueFalse>` and `<Cloze>` are "true-false" and "cloze". */
  kind: "choice" | "true-false" | "cloze";
  /** Plain text. A cloze prompt shows its blank as "_____". */
  prompt: string;
  /** Choice and true/false ("True", "False"); absent for cloze. */
  choices?: string[];
  /** One answer, or several when a `<Question>` marks several choices correct. */
  answer: string | string[];
  /** Cloze: every accepted form (`[an hour|one hour]`). */
  accepted?: string[];
  explanation?: string;
  /** `source="…"` words that must appear in one of the lesson's articles; becomes the question's evidence. */
  source?: string;
  /** Line of the tag in the MDX file, for messages. */
  line: number;
}
