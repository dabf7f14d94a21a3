import { expect, test } from "@playwright/test";
import { loadStoryFacts } from "../../lib/content/facts-loader.ts";
import { loadContent } from "../../lib/content/load-content.ts";
import type { Article } from "../../lib/content/article-parser.ts";
import { buildAutoLesson, type AutoLesson } from "../../lib/lesson/auto-lesson.ts";

/**
 * What the lesson and reader pages should show, computed from content/ with
 * the same lib/ code the build uses (teacher sidecars included), so the tests
 * follow the content instead of hard-coding it.
 */
function expectedLessons(): { slug: string; title: string; kind: "story" | "article"; articles: Article[]; lesson: AutoLesson }[] {
  const content = loadContent();
  const stories = content.stories
    .map((s) => ({ slug: s.slug, title: s.title, kind: "story" as const, articles: content.articles.filter((a) => a.frontmatter.story === s.slug) }))
    .filter((s) => s.articles.length);
  const loose = content.articles.filter((a) => !a.frontmatter.story).map((a) => ({ slug: a.slug, title: a.frontmatter.title, kind: "article" as const, articles: [a] }));
  return [...stories, ...loose].map((entry) => ({ ...entry, lesson: buildAutoLesson(loadStoryFacts(process.cwd(), content, entry.slug)!, { title: entry.title }) }));
}


const lessons = expectedLessons();
const story = lessons.find((l) => l.kind === "story" && l.lesson.conflicts.length && l.lesson.quotes.length)!;

test("there is a story lesson with quotes and a conflict to test against", () => {
  expect(story).toBeDefined();
});

for (const { slug, title, lesson } of lessons) {
  test(`lesson ${slug} has its title, description, summary and quiz link`, async ({ page }) => {
    await page.goto(`/lessons/${slug}`);
    await expect(page).toHaveTitle(`Lesson: ${title} · quizwire`);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /\S/);
    await expect(page.getByRole("heading", { level: 1, name: title, exact: true })).toBeVisible();
    const summary = page.getByRole("region", { name: "In short" });
    for (const sentence of lesson.summary) await expect(summary.getByRole("listitem").filter({ hasText: sentence })).toHaveCount(1);
    for (const link of await page.getByRole("link", { name: /take the quiz/i }).all()) {
      await expect(link).toHaveAttribute("href", `/lessons/${slug}/quiz`);
    }
    await expect(page.getByRole("link", { name: /take the quiz/i }).first()).toBeVisible();
  });
}

test("the story lesson shows its key people with roles", async ({ page }) => {
  await page.goto(`/lessons/${story.slug}`);
  const people = page.getByRole("region", { name: "Key people" }).getByRole("listitem");
  await expect(people).toHaveCount(story.lesson.people.length);
  for (const [index, person] of story.lesson.people.entries()) {
    await expect(people.nth(index)).toContainText(person.name);
    for (const role of person.roles.slice(0, 2)) await expect(people.nth(index)).toContainText(role);
  }
});

test("the story lesson shows a timeline of dated events, in order, with machine-readable dates", async ({ page }) => {
  await page.goto(`/lessons/${story.slug}`);
  const timeline = page.getByRole("region", { name: "Timeline" });
  const values = [...new Set(story.lesson.timeline.map((t) => t.value))];
  const headings = timeline.getByRole("heading", { level: 3 });
  await expect(headings).toHaveCount(values.length);
  for (const [index, value] of values.entries()) {
    const entry = story.lesson.timeline.find((t) => t.value === value)!;
    await expect(headings.nth(index)).toHaveText(entry.label);
    await expect(headings.nth(index).locator("time")).toHaveAttribute("datetime", value);
  }
  const first = story.lesson.timeline[0]!;
  await expect(timeline.getByRole("link", { name: first.location.source }).first()).toHaveAttribute("href", `/articles/${first.location.article}#p-${first.location.paragraph}`);
});

test("the story lesson shows key quotes with the outlets that carry each", async ({ page }) => {
  await page.goto(`/lessons/${story.slug}`);
  const quotes = page.getByRole("region", { name: "Key quotes" }).getByRole("figure");
  await expect(quotes).toHaveCount(story.lesson.quotes.length);
  for (const [index, quote] of story.lesson.quotes.entries()) {
    await expect(quotes.nth(index)).toContainText(quote.text);
    await expect(quotes.nth(index)).toContainText(quote.speaker);
    for (const source of quote.sources) await expect(quotes.nth(index)).toContainText(source);
  }
});

test("the story lesson has a 'sources disagree' callout naming every credited speaker and source", async ({ page }) => {
  await page.goto(`/lessons/${story.slug}`);
  const callouts = page.getByRole("region", { name: "Sources disagree" }).getByRole("note");
  await expect(callouts).toHaveCount(story.lesson.conflicts.length);
  for (const [index, conflict] of story.lesson.conflicts.entries()) {
    const callout = callouts.nth(index);
    await expect(callout).toContainText(conflict.text);
    await expect(callout).toContainText(conflict.explanation);
    expect(conflict.credits.length).toBeGreaterThanOrEqual(2);
    for (const credit of conflict.credits) {
      for (const source of credit.sources) {
        const item = callout.getByRole("listitem").filter({ has: page.getByRole("link", { name: source.name, exact: true }) });
        await expect(item).toContainText(`credits ${credit.speaker}`);
        await expect(item.getByRole("link")).toHaveAttribute("href", `/articles/${source.slug}`);
      }
    }
  }
});

test("the story lesson links to every one of its articles", async ({ page }) => {
  await page.goto(`/lessons/${story.slug}`);
  const list = page.getByRole("region", { name: "The articles" });
  for (const article of story.articles) {
    await expect(list.getByRole("link", { name: article.frontmatter.title, exact: true })).toHaveAttribute("href", `/articles/${article.slug}`);
  }
});

test("the home page links each story to its teachers' lessons, or to its automatic lesson when it has none", async ({ page }) => {
  const authored = loadContent().lessons;
  await page.goto("/");
  for (const { slug, title } of lessons.filter((l) => l.kind === "story")) {
    const teachers = authored.filter((lesson) => lesson.frontmatter.story === slug);
    const story = page.getByRole("region", { name: title });
    for (const lesson of teachers) {
      await expect(story.getByRole("link", { name: `Lesson and quiz: ${lesson.frontmatter.title}` })).toHaveAttribute("href", `/lessons/${lesson.slug}`);
    }
    await expect(story.getByRole("link", { name: `Lesson and quiz: ${title}` })).toHaveCount(teachers.length ? 0 : 1);
  }
});

test("the lesson fits a 360 px phone without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`/lessons/${story.slug}`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
