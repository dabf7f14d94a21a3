import { expect, test } from "@playwright/test";
import { loadCheckedLesson } from "../../lib/content/lesson/lesson-facts-loader.ts";
import type { LessonBlock } from "../../lib/content/lesson/lesson-document.ts";
import { loadContent } from "../../lib/content/load-content.ts";
import { quoteCard } from "../../lib/lesson/quote-card.ts";
import { answerByMouse, lessonQuiz } from "./quiz-fixtures.ts";

/**
 * The teachers' lessons in content/lessons, rendered with their components.
 * What each page should show is read from the lesson files with the same lib
 * code the build uses, so the tests follow the content.
 */
const content = loadContent();
const lessons = content.lessons.map((document) => loadCheckedLesson(process.cwd(), content, document));
const flat = (blocks: readonly LessonBlock[]): LessonBlock[] =>
  blocks.flatMap((b) => [b, ...(b.type === "callout" || b.type === "discussion" || b.type === "blockquote" ? flat(b.children) : [])]);

test("there are two hand-written lessons to test", () => {
  expect(lessons.map((l) => l.lesson.frontmatter.title).sort()).toEqual(["One event, five outlets", "Who said what: the March 2025 ceasefire call"]);
});

for (const { lesson, facts } of lessons) {
  const blocks = flat(lesson.blocks);
  const kinds = new Set(blocks.map((b) => b.type));

  test(`${lesson.slug}: header, objectives and every component it uses`, async ({ page }) => {
    await page.goto(`/lessons/${lesson.slug}`);
    await expect(page).toHaveTitle(`Lesson: ${lesson.frontmatter.title} · quizwire`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(lesson.frontmatter.title);
    await expect(page.getByText(`Lesson · ${lesson.frontmatter.level} · about ${lesson.frontmatter.minutes} minutes`)).toBeVisible();
    const objectives = page.getByRole("region", { name: "By the end you will be able to" });
    await expect(objectives.getByRole("listitem")).toHaveText(lesson.frontmatter.objectives);

    for (const block of blocks.filter((b) => b.type === "quote")) {
      const card = quoteCard(facts!, block.quoteId)!;
      const figure = page.getByRole("figure").filter({ hasText: card.text });
      await expect(figure.first()).toBeVisible();
      if (card.speaker) await expect(figure.first()).toContainText(card.speaker);
      else for (const credit of card.credits) await expect(figure.first()).toContainText(credit.speaker);
    }
    if (kinds.has("people")) await expect(page.locator(".people-list li").first()).toBeVisible();
    if (kinds.has("timeline")) await expect(page.locator("ol.timeline time").first()).toBeVisible();
    if (kinds.has("places")) await expect(page.locator(".place-list li").first()).toBeVisible();
    if (kinds.has("sources-compare")) {
      const table = page.getByRole("table", { name: "What each source carried" });
      await expect(table.getByRole("row")).toHaveCount(facts!.story.articles.length + 1);
    }
    for (const block of blocks) {
      if (block.type === "callout") await expect(page.getByRole("complementary", { name: block.title ?? /./ }).first()).toBeVisible();
      if (block.type === "discussion") await expect(page.getByRole("region", { name: "Discuss in class" })).toBeVisible();
    }
    for (const block of blocks.filter((b) => b.type === "vocabulary")) await expect(page.locator("dfn", { hasText: block.term }).first()).toBeVisible();
    await expect(page.getByRole("link", { name: `Take the quiz: ${lesson.frontmatter.title}` })).toHaveAttribute("href", `/lessons/${lesson.slug}/quiz`);
  });

  test(`${lesson.slug}: each hand-written question shows in the lesson, its answer behind a disclosure`, async ({ page }) => {
    await page.goto(`/lessons/${lesson.slug}`);
    for (const [i, question] of lesson.questions.entries()) {
      const box = page.getByRole("region", { name: `Check yourself ${i + 1}` });
      await expect(box).toContainText(question.prompt);
      const several = Array.isArray(question.answer);
      const key = box.getByText(`${several ? "Answers" : "Answer"}: ${several ? (question.answer as string[]).join("; ") : question.answer}`, { exact: true });
      await expect(key).toBeHidden();
      await box.getByText("Show the answer").click();
      await expect(key).toBeVisible();
    }
  });
}

test("a hand-written question is in the quiz and scored like a generated one", async ({ page }) => {
  const quiz = lessonQuiz(lessons[0]!.lesson.slug);
  const seed = 3;
  const ordered = quiz.ordered(seed);
  const teacher = ordered.filter((q) => q.author === "teacher");
  expect(teacher.length).toBe(lessons[0]!.lesson.questions.length);
  await page.goto(`/lessons/${quiz.slug}/quiz?seed=${seed}&view=all`);
  await expect(page.locator(".qz-question .qz-prompt")).toHaveText(ordered.map((q) => q.prompt));
  for (const q of teacher) {
    const i = ordered.indexOf(q);
    const form = page.getByRole("form", { name: `Question ${i + 1} of ${ordered.length}`, exact: true });
    const right = i % 2 === 0;
    await answerByMouse(page, q, right, form);
    await expect(form.locator(".qz-verdict")).toHaveText(right ? "✓ Right." : "✗ Not quite.");
    await expect(form).toContainText(q.explanation);
  }
  await expect(page.getByText(`${teacher.length} of ${ordered.length} answered`)).toBeVisible();
});

test("the automatic lesson a teacher's lesson replaces stays reachable and points to it", async ({ page }) => {
  const story = lessons[0]!.lesson.frontmatter.story!;
  await page.goto(`/lessons/${story}`);
  const note = page.getByRole("complementary", { name: "Lessons by your teachers" });
  for (const { lesson } of lessons.filter((l) => l.lesson.frontmatter.story === story)) {
    await expect(note.getByRole("link", { name: lesson.frontmatter.title })).toHaveAttribute("href", `/lessons/${lesson.slug}`);
  }
});
