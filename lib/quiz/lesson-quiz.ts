import { findInBody, sentenceAround } from "../corrections/body-search.ts";
import type { LessonQuizSettings, TeacherQuestion } from "../content/lesson/lesson-document.ts";
import { generateQuiz, type QuizInput } from "./generate-quiz.ts";
import type { Evidence, Question } from "./question-schema.ts";
import { LESSON_QUIZ_QUESTION_SEED } from "./lesson-quiz-id.ts";
import { compareStrings } from "../story/text-fold.ts";

/**
 * The settings of an automatic lesson's quiz: every kind, as many questions
 * as the articles' length calls for. Worksheets and the quiz page both build
 * their questions with `lessonQuestions`, so paper and screen always ask the
 * same thing.
 */
export const AUTO_LESSON_QUIZ: LessonQuizSettings = { kinds: [], seed: LESSON_QUIZ_QUESTION_SEED, order: "shuffle" };

/**
 * A question of a lesson's quiz: generated from the facts, or written by the
 * teacher. A teacher's question has evidence only when its `source` words were
 * found in an article; generated ones always have it.
 */
export type LessonQuestion = Omit<Question, "evidence" | "factIds" | "difficulty"> & {
  evidence?: Evidence;
  factIds?: string[];
  difficulty?: Question["difficulty"];
  author: "generated" | "teacher";
};

/**
 * Every question of a lesson's quiz: the teacher's own, then generated ones
 * up to the lesson's count (which counts the teacher's too), none repeating
 * or giving away a teacher's question and none that `avoid` (other lessons
 * of the story) already serves. Sorted by id for a version's seed to order
 * (`shuffleQuestions`), or, with `order: story`, the teacher's first and the
 * rest as the story tells it. `input` is undefined when the lesson's
 * articles have no facts yet.
 */
export function lessonQuestions(
  input: QuizInput | undefined,
  settings: LessonQuizSettings = AUTO_LESSON_QUIZ,
  teacher: readonly TeacherQuestion[] = [],
  avoid: readonly LessonQuestion[] = [],
): LessonQuestion[] {
  const written = teacher.map((q) => teacherQuestion(q, input));
  const generated: LessonQuestion[] = input
    ? generateQuiz(input, {
        seed: settings.seed,
        questionSeed: settings.seed,
        kinds: settings.kinds,
        fixed: written,
        avoid,
        ...(settings.count === undefined ? {} : { count: settings.count }),
      }).questions.map((q) => ({ ...q, author: "generated" as const }))
    : [];
  if (settings.order === "story") return [...written, ...storyOrder(generated, input)];
  return [...generated, ...written].sort((a, b) => compareStrings(a.id, b.id));
}

/** One lesson's quiz to build: its facts, settings and own questions, and the story it shares with other lessons. */
export interface LessonQuizRequest {
  slug: string;
  /** Lessons with the same group (a story's slug, or a list of articles) must not serve the same generated questions. */
  group: string;
  /** The automatic lesson of a story or article; teachers' lessons of its group choose first. */
  automatic: boolean;
  input: QuizInput | undefined;
  settings: LessonQuizSettings;
  teacher: readonly TeacherQuestion[];
}

/**
 * Every lesson's questions, so that lessons on one story never serve the
 * same generated question: within a group, teachers' lessons choose first
 * (by slug), the automatic lesson last, each from what the others left.
 */
export function lessonQuestionSets(requests: readonly LessonQuizRequest[]): Map<string, LessonQuestion[]> {
  const ordered = [...requests].sort((a, b) => compareStrings(a.group, b.group) || Number(a.automatic) - Number(b.automatic) || compareStrings(a.slug, b.slug));
  const served = new Map<string, LessonQuestion[]>();
  const out = new Map<string, LessonQuestion[]>();
  for (const request of ordered) {
    const before = served.get(request.group) ?? [];
    const questions = lessonQuestions(request.input, request.settings, request.teacher, before);
    out.set(request.slug, questions);
    served.set(request.group, [...before, ...questions.filter((q) => q.author === "generated")]);
  }
  return out;
}

/** Questions in story order: article by article as the story lists them, each from its first sentence on. */
function storyOrder(questions: readonly LessonQuestion[], input: QuizInput | undefined): LessonQuestion[] {
  const rank = new Map((input?.story.articles ?? []).map((a, i) => [a.slug, i]));
  const at = (q: LessonQuestion) => [rank.get(q.evidence?.article ?? "") ?? Infinity, q.evidence?.start ?? Infinity] as const;
  return [...questions].sort((a, b) => at(a)[0] - at(b)[0] || at(a)[1] - at(b)[1] || compareStrings(a.id, b.id));
}

function teacherQuestion(q: TeacherQuestion, input: QuizInput | undefined): LessonQuestion {
  const evidence = q.source && input ? sourceEvidence(q.source, input) : undefined;
  return {
    id: q.id,
    kind: q.kind,
    prompt: q.prompt,
    ...(q.choices ? { choices: q.choices } : {}),
    answer: q.answer,
    ...(q.accepted ? { accepted: q.accepted, answerType: "term" as const } : {}),
    explanation: q.explanation ?? (Array.isArray(q.answer) ? `The answers are: ${q.answer.join("; ")}.` : `The answer is: ${q.answer}.`),
    ...(evidence ? { evidence } : {}),
    author: "teacher",
  };
}

/** The sentence holding a teacher's `source` words, in the first article that has them. */
export function sourceEvidence(words: string, input: QuizInput): Evidence | undefined {
  for (const article of input.articles) {
    const span = findInBody(article.body, words);
    if (!span) continue;
    const sentence = sentenceAround(article.body, span);
    return { article: article.slug, ...(article.outlet ? { outlet: article.outlet } : {}), start: sentence.start, end: sentence.end, text: sentence.text };
  }
  return undefined;
}
