"use client";

import { useMemo, useState } from "react";
import { checkAnswer } from "../../lib/quiz/answer-checker.ts";
import { lessonQuizId } from "../../lib/quiz/lesson-quiz-id.ts";
import { shuffleQuestions } from "../../lib/quiz/shuffle-quiz.ts";
import { getProgressStore } from "../_progress/use-progress.ts";
import { answerReminder, initialResponse, isAnswered } from "./answer-mode.ts";
import type { LessonQuestions, PlayerQuestion, QuestionResponse } from "./quiz-types.ts";

/** A checked answer: what was given and whether it was right. */
export interface Checked {
  response: QuestionResponse;
  correct: boolean;
}

/** One attempt at a quiz, shared by both layouts so switching between them keeps every answer. */
export interface QuizAnswers {
  /** The questions in the order the seed deals them. */
  questions: PlayerQuestion[];
  checked: Record<string, Checked>;
  /** The learner's answer so far (the checked one once checked). */
  responseOf: (question: PlayerQuestion) => QuestionResponse;
  respond: (question: PlayerQuestion, response: QuestionResponse) => void;
  /** Checks a question's answer; returns what to ask for when there is nothing to check yet, else "". */
  check: (question: PlayerQuestion) => string;
  /** Index of the first question not yet checked, or the number of questions when all are. */
  firstUnchecked: number;
  /** Records the attempt (every question must be checked) and shows the score. */
  finish: () => void;
  done: boolean;
  recordError: string;
}

/** The state of one attempt at the quiz dealt by `seed`, and the one place an attempt is recorded. */
export function useQuizAnswers(data: LessonQuestions, seed: number): QuizAnswers {
  const questions = useMemo(() => shuffleQuestions(data.questions, seed, data.order), [data, seed]);
  const [responses, setResponses] = useState<Record<string, QuestionResponse>>({});
  const [checked, setChecked] = useState<Record<string, Checked>>({});
  const [done, setDone] = useState(false);
  const [recordError, setRecordError] = useState("");

  const responseOf = (question: PlayerQuestion) => checked[question.id]?.response ?? responses[question.id] ?? initialResponse(question);
  const respond = (question: PlayerQuestion, response: QuestionResponse) => setResponses((all) => ({ ...all, [question.id]: response }));
  const check = (question: PlayerQuestion) => {
    const response = responseOf(question);
    if (!isAnswered(question, response)) return answerReminder(question);
    const correct = checkAnswer(question, response);
    setChecked((all) => ({ ...all, [question.id]: { response, correct } }));
    return "";
  };
  const firstUnchecked = questions.findIndex((q) => !checked[q.id]);

  const finish = () => {
    try {
      getProgressStore().recordAttempt({
        quizId: lessonQuizId(data.lessonSlug, data.questionSeed),
        lessonSlug: data.lessonSlug,
        seed,
        answers: questions.map((q) => ({ questionId: q.id, response: checked[q.id]!.response, correct: checked[q.id]!.correct })),
      });
    } catch (error) {
      setRecordError(`This attempt could not be recorded: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`);
    }
    setDone(true);
  };

  return { questions, checked, responseOf, respond, check, firstUnchecked: firstUnchecked < 0 ? questions.length : firstUnchecked, finish, done, recordError };
}
