/**
 * The confidence at which a fact is stated as known: lessons state it
 * without "probably", and quizzes may make it an answer key. Below it a fact
 * is shown in the reader as uncertain and never asked about.
 */
export const CONFIDENT = 0.8;
