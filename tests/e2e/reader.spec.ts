import { expect, test, type Page } from "@playwright/test";
import { bodyParagraphs } from "../../lib/content/body-paragraphs.ts";
import { loadStoryFacts } from "../../lib/content/facts-loader.ts";
import { loadContent } from "../../lib/content/load-content.ts";
import { articleHighlights, segmentParagraph } from "../../lib/lesson/highlights.ts";
import type { Article } from "../../lib/content/article-parser.ts";
import type { Highlight } from "../../lib/lesson/highlights.ts";

/** Every article with the highlights its reader page should show. */
function expectedHighlights(): { article: Article; highlights: Highlight[] }[] {
  const content = loadContent();
  return content.articles.map((article) => {
    const lessonSlug = article.frontmatter.story && content.stories.some((s) => s.slug === article.frontmatter.story) ? article.frontmatter.story : article.slug;
    const facts = loadStoryFacts(process.cwd(), content, lessonSlug)!;
    const own = facts.articles.find((a) => a.article.slug === article.slug)!.facts;
    return { article, highlights: articleHighlights(own, facts.story) };
  });
}

const all = expectedHighlights();
const withAllKinds = all.find(({ highlights }) => ["quote", "date", "place"].every((k) => highlights.some((h) => h.kind === k)))!;
const { article, highlights } = withAllKinds;

/** The first highlight in reading order (top level of the first paragraph that has one). */
function firstHighlight() {
  for (const paragraph of bodyParagraphs(article.body)) {
    const found = segmentParagraph(paragraph, highlights).find((s) => s.fact);
    if (found) return found;
  }
  throw new Error("no highlight");
}

/** Tabs until a highlight has focus; returns it. */
async function tabToFirstHighlight(page: Page) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.matches("mark.hl") ?? false)) return page.locator("mark.hl:focus");
  }
  throw new Error("Tab never reached a highlight");
}

test("the reader has a legend, a checked 'Highlight facts' switch and a link to the lesson", async ({ page }) => {
  await page.goto(`/articles/${article.slug}`);
  const tools = page.getByRole("region", { name: "Facts in this article" });
  await expect(tools.getByRole("checkbox", { name: "Highlight facts" })).toBeChecked();
  for (const name of ["Quote", "Date", "Place"]) await expect(tools.getByRole("listitem").filter({ hasText: name })).toHaveCount(1);
  // A teacher's lesson on the article's story comes first; the automatic lesson otherwise.
  const teachers = loadContent().lessons.filter((l) => (l.frontmatter.story ?? "") === article.frontmatter.story || l.frontmatter.articles?.includes(article.slug));
  await expect(tools.getByRole("link", { name: /^Lesson: / })).toHaveAttribute("href", `/lessons/${teachers[0]?.slug ?? article.frontmatter.story ?? article.slug}`);
});

test("every highlight is focusable and described by its fact", async ({ page }) => {
  await page.goto(`/articles/${article.slug}`);
  const marks = page.locator(".article-body mark.hl");
  expect(await marks.count()).toBeGreaterThan(0);
  const tips = new Set(highlights.map((h) => h.tip));
  for (const mark of (await marks.all()).slice(0, 15)) {
    await expect(mark).toHaveAttribute("tabindex", "0");
    const description = await mark.evaluate((el) => document.getElementById(el.getAttribute("aria-describedby") ?? "")?.textContent ?? "");
    expect(tips.has(description), description).toBe(true);
  }
});

for (const width of [360, 1280]) {
  test(`Tab to a highlight shows its tooltip, inside a ${width} px screen`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`/articles/${article.slug}`);
    const expected = firstHighlight().fact!;
    const mark = await tabToFirstHighlight(page);
    await expect(mark).toHaveAccessibleDescription(expected.tip);
    const tip = mark.locator(":scope > .hl-tip");
    await expect(tip).toBeVisible();
    const [label, detail] = expected.tip.split(" — ");
    await expect(tip).toHaveAttribute("data-label", label!);
    await expect(tip).toHaveAttribute("data-detail", detail!);
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    // Leaving the highlight hides the tooltip again.
    await page.keyboard.press("Shift+Tab");
    await expect(tip).toBeHidden();
  });
}

test("hovering a highlight shows its tooltip", async ({ page }) => {
  await page.goto(`/articles/${article.slug}`);
  const place = page.locator(".article-body mark.hl-place").first();
  await place.hover();
  await expect(place.locator(":scope > .hl-tip")).toBeVisible();
  await expect(place.locator(":scope > .hl-tip")).toHaveAttribute("data-label", "Place");
});

test("the 'Highlight facts' switch turns highlighting off and on, by mouse and by keyboard", async ({ page }) => {
  await page.goto(`/articles/${article.slug}`);
  const toggle = page.getByRole("checkbox", { name: "Highlight facts" });
  const quote = page.locator(".article-body mark.hl-quote").first();
  const look = () => quote.evaluate((el) => getComputedStyle(el).textDecorationLine);
  expect(await look()).toBe("underline");

  await page.getByText("Highlight facts", { exact: true }).click();
  await expect(toggle).not.toBeChecked();
  expect(await look()).toBe("none");
  await quote.focus();
  await expect(quote.locator(":scope > .hl-tip")).toBeHidden();

  await toggle.focus();
  await page.keyboard.press("Space");
  await expect(toggle).toBeChecked();
  expect(await look()).toBe("underline");
  await quote.focus();
  await expect(quote.locator(":scope > .hl-tip")).toBeVisible();
});

test("highlight kinds differ by underline style, not only by colour", async ({ page }) => {
  await page.goto(`/articles/${article.slug}`);
  const style = (kind: string) => page.locator(`.article-body mark.hl-${kind}`).first().evaluate((el) => getComputedStyle(el).textDecorationStyle);
  expect([await style("quote"), await style("date"), await style("place")]).toEqual(["solid", "dashed", "dotted"]);
});

test("article pages load no JavaScript beyond the framework's own (highlighting and the switch are HTML and CSS)", async ({ page }) => {
  const scripts = async (path: string) => {
    const html = await (await page.request.get(path)).text();
    return [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]).sort();
  };
  expect(await scripts(`/articles/${article.slug}`)).toEqual(await scripts("/404.html"));
});
