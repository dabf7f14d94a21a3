import { parseName, surnamesMatch } from "../story/name-matcher.ts";
import { termStem, foldChoice } from "./choice-fold.ts";
import { weekdayOf } from "./date-format.ts";
import { parseDateResponse } from "./date-response-parser.ts";
import { leadingFigure } from "./answer-hint.ts";
import { numberWordValue } from "./number-format.ts";
import type { Question } from "./question-schema.ts";

/** What `checkAnswer` reads of a question (the browser gets questions without their fact ids). */
export type CheckedQuestion = Pick<Question, "kind" | "answer" | "accepted" | "answerType" | "allowWeekday">;

/**
 * Whether a student's response is right. Choice questions compare the chosen
 * text (folded); several answers compare as a set (source-check) or a
 * sequence (match, order). Typed and cloze answers are read leniently, as
 * their `answerType` says:
 * - name: case, accents and spelling variants of the surname do not count;
 *   the surname alone is enough, another first name is wrong;
 * - date: any common form; the year may be left out; a weekday alone only
 *   where `allowWeekday` is set;
 * - number: "2,500", "2500", "2 500", "two";
 * - term: case, hyphens and a plural -s do not count; a figure matches its
 *   number in figures or words, with or without its unit ("30" for "30 days").
 */
export function checkAnswer(question: CheckedQuestion, response: string | readonly string[]): boolean {
  const responses = typeof response === "string" ? [response] : [...response];
  const answers = Array.isArray(question.answer) ? question.answer : [question.answer];
  if (question.kind === "match" || question.kind === "order") {
    return responses.length === answers.length && answers.every((a, i) => foldChoice(a) === foldChoice(responses[i]!));
  }
  if (answers.length > 1) {
    const want = new Set(answers.map(foldChoice));
    const got = new Set(responses.map(foldChoice));
    return want.size === got.size && [...want].every((a) => got.has(a));
  }
  if (responses.length !== 1) return false;
  const given = responses[0]!.trim();
  if (!given) return false;
  if (foldChoice(given) === foldChoice(answers[0]!)) return true;
  const accepted = question.accepted ?? [];
  switch (question.answerType) {
    case "name":
      return firstNameAgrees(given, accepted) && accepted.some((name) => nameFits(given, name));
    case "date":
      return accepted.some((value) => dateFits(given, value, question.allowWeekday === true));
    case "number":
      return accepted.some((value) => parseNumber(given) === parseNumber(value));
    case "term":
      return accepted.some((term) => termStem(given) === termStem(term) || sameFigure(given, term));
    default:
      return false;
  }
}

/**
 * "30", "thirty" and "30 days" for an accepted "30 days": where the hint asks
 * for a number, the number alone is right, in figures or words, with or
 * without the unit the answer names.
 */
function sameFigure(given: string, term: string): boolean {
  const want = leadingFigure(term);
  const got = leadingFigure(given);
  if (want === null || got === null || want !== got) return false;
  const unit = (t: string) => t.trim().split(/\s+/).slice(1).join(" ");
  return unit(given) === "" || termStem(unit(given)) === termStem(unit(term));
}

/** Full name, or surname alone, with spelling variants of the surname; a different first name is wrong. */
function nameFits(given: string, name: string): boolean {
  const g = parseName(given);
  const n = parseName(name);
  if (!g || !n || !surnamesMatch(g.last, n.last)) return false;
  return g.first === null || n.first === null || n.first === g.first || (g.first.length === 1 && n.first.startsWith(g.first));
}

/** A typed first name must be the first name of some accepted full name, even when a bare alias matches the surname. */
function firstNameAgrees(given: string, accepted: readonly string[]): boolean {
  const g = parseName(given);
  if (!g?.first || g.first.length === 1) return true;
  const firsts = accepted.map(parseName).flatMap((n) => (n?.first && n.first.length > 1 ? [n.first] : []));
  return firsts.length === 0 || firsts.includes(g.first);
}

function dateFits(given: string, value: string, allowWeekday: boolean): boolean {
  const parsed = parseDateResponse(given);
  if (!parsed) return false;
  const [year, month, day] = value.split("-").map(Number);
  if (parsed.year !== undefined && parsed.year !== year) return false;
  if (parsed.weekday && day && parsed.weekday !== weekdayOf(value)) return false;
  if (day) {
    if (parsed.day === undefined) return allowWeekday && parsed.weekday !== undefined && parsed.month === undefined;
    return parsed.day === day && parsed.month === month;
  }
  if (month) return parsed.month === month && parsed.year === year;
  return parsed.year === year && parsed.month === undefined;
}

/** Digits with group separators or spaces, or a number word; NaN otherwise. */
function parseNumber(text: string): number {
  const t = text.trim().toLowerCase();
  const word = numberWordValue(t);
  if (word !== null) return word;
  return /^\d{1,3}([, \u00a0]\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/.test(t) ? Number(t.replace(/[, \u00a0]/g, "")) : NaN;
}
