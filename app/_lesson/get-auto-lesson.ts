import { cache } from "react";
import { buildAutoLesson, type AutoLesson } from "@/lib/lesson/auto-lesson.ts";
import { getLesson, getLessonFacts, type LessonEntry } from "../content.ts";

/** A lesson entry with its automatic lesson, built once per build per slug. */
export const getAutoLesson = cache((slug: string): { entry: LessonEntry; lesson: AutoLesson } | undefined => {
  const entry = getLesson(slug);
  const facts = entry ? getLessonFacts(slug) : undefined;
  if (!entry || !facts) return undefined;
  return { entry, lesson: buildAutoLesson(facts, { title: entry.title }) };
});
