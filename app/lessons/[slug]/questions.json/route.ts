import { getLessonQuestions } from "../../../_quiz/lesson-questions.ts";
import { getLessons } from "../../../content.ts";

/** Each lesson's quiz questions as a static file, for /review to rebuild due questions. */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getLessons().map((lesson) => ({ slug: lesson.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const data = getLessonQuestions((await params).slug);
  return Response.json(data ?? null);
}
