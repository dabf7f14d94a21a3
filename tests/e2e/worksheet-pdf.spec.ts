import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { expect, test } from "@playwright/test";
import { WORKSHEET_VARIANTS, worksheetPdfPath, type WorksheetVariant } from "../../lib/worksheet/worksheet-paths.ts";
import { fold, keyOnlyTexts, printedTexts, worksheetLessons } from "./worksheet-fixtures.ts";

// The PDFs are printed once for the whole file, so its tests run in one worker, in order.
test.describe.configure({ mode: "serial" });

const SITE = "out";
const lesson = worksheetLessons().find((l) => l.sheet("A").questions.length > 0)!;
const POPPLER = dirname(process.env.PDFTOTEXT_PATH ?? "/usr/bin/pdftotext");
const pdfOf = (version: string, variant: WorksheetVariant = "sheet") => join(SITE, worksheetPdfPath(lesson.slug, version, variant));
const poppler = (tool: string, ...args: string[]) => execFileSync(join(POPPLER, tool), args, { encoding: "utf8", maxBuffer: 64 << 20 });

/** A PDF's text, page by page, folded for comparison. */
const pdfPages = (file: string) => poppler("pdftotext", "-enc", "UTF-8", file, "-").split("\f").slice(0, -1).map(fold);

/** Each needle found after the one before it: the order the PDF prints them in. */
function expectInOrder(text: string, needles: string[]) {
  let from = 0;
  for (const needle of needles) {
    const at = text.indexOf(needle, from);
    expect(at, `"${needle}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + needle.length;
  }
}

test.beforeAll(() => {
  test.setTimeout(180_000);
  // `npm run worksheets` prints into the build; PDFs older than the build are from another one.
  const built = statSync(join(SITE, "index.html")).mtimeMs;
  const files = ["A", "B"].flatMap((v) => WORKSHEET_VARIANTS.map((variant) => pdfOf(v, variant)));
  if (files.every((f) => existsSync(f) && statSync(f).mtimeMs >= built)) return;
  const run = spawnSync(process.execPath, ["bin/quizwire.mjs", "worksheet", "--all", "--site", SITE], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`npm run worksheets failed:\n${run.stdout}${run.stderr}`);
});

test("version A's PDF holds every prompt and choice, each question on one page, with page numbers", () => {
  const sheet = lesson.sheet("A");
  const pages = pdfPages(pdfOf("A"));
  expect(pages.length).toBeGreaterThan(1);
  for (const [i, page] of pages.entries()) {
    expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
    expect(page).toContain("Version A");
  }
  for (const q of sheet.questions) {
    const on = pages.findIndex((page) => page.includes(`id ${q.id}`));
    expect(on, `id ${q.id} is printed`).toBeGreaterThanOrEqual(0);
    for (const text of printedTexts(q)) expect(pages[on], `${q.id} is whole on page ${on + 1}`).toContain(fold(text));
  }
  expect(pages.join(" ")).toContain(sheet.quizUrl);
});

test("version A's PDF marks no answer", () => {
  const text = pdfPages(pdfOf("A")).join(" ");
  const keyOnly = keyOnlyTexts(lesson.sheet("A"), lesson.sheet("A", "key"));
  expect(keyOnly.length).toBeGreaterThan(0);
  expect(text).not.toMatch(/Answer|Also accept|¶/);
  for (const answer of keyOnly) expect(text).not.toContain(answer);
});

test("the key's PDF holds every answer in version A's order", () => {
  const key = lesson.sheet("A", "key");
  const text = pdfPages(pdfOf("A", "key")).join(" ");
  expectInOrder(text, key.questions.map((q) => `id ${q.id}`));
  expectInOrder(
    text,
    key.questions.map(({ answer }) => fold(`Answer: ${answer!.mark}${answer!.text === answer!.mark ? "" : ` — ${answer!.text}`}`).slice(0, 60)),
  );
});

test("versions A and B print the same question ids in different orders", () => {
  const idsIn = (version: string) => [...pdfPages(pdfOf(version)).join(" ").matchAll(/\bid ([a-z0-9-]+)/g)].map((m) => m[1]);
  const a = idsIn("A");
  const b = idsIn("B");
  expect(a).toEqual(lesson.sheet("A").questions.map((q) => q.id));
  expect(b).toEqual(lesson.sheet("B").questions.map((q) => q.id));
  expect([...b].sort()).toEqual([...a].sort());
  expect(b).not.toEqual(a);
});

test("the large-print PDF sets all its text at 18 pt or more", () => {
  /** Point size of every text run, from poppler's XML (zoom 1: sizes in points). */
  const runSizes = (file: string) => {
    const xml = poppler("pdftohtml", "-xml", "-stdout", "-i", "-q", "-zoom", "1", file);
    const sizes = new Map([...xml.matchAll(/<fontspec id="(\d+)" size="(\d+)"/g)].map((m) => [m[1], Number(m[2])]));
    return [...xml.matchAll(/<text [^>]*font="(\d+)"[^>]*>(.*?)<\/text>/g)].filter((m) => m[2].trim()).map((m) => sizes.get(m[1])!);
  };
  /** Median height of pdftotext's word boxes, in points: at least the font size. */
  const medianWordHeight = (file: string) => {
    const heights = [...poppler("pdftotext", "-bbox", file, "-").matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].map((m) => Number(m[2]) - Number(m[1]));
    return heights.sort((x, y) => x - y)[Math.floor(heights.length / 2)]!;
  };
  const large = runSizes(pdfOf("A", "large"));
  expect(large.length).toBeGreaterThan(100);
  expect(Math.min(...large)).toBeGreaterThanOrEqual(18);
  expect(medianWordHeight(pdfOf("A", "large"))).toBeGreaterThanOrEqual(18);
  // The same measures on the ordinary sheet tell it apart, so they can fail.
  expect(Math.min(...runSizes(pdfOf("A")))).toBeLessThan(18);
  expect(medianWordHeight(pdfOf("A"))).toBeLessThan(18);
});

test("US Letter paper keeps every question and the page numbers", () => {
  const file = join(mkdtempSync(join(tmpdir(), "quizwire-letter-")), "letter.pdf");
  const run = spawnSync(process.execPath, ["bin/quizwire.mjs", "worksheet", lesson.slug, "--paper", "letter", "--site", SITE, "--pdf", file], { encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  expect(poppler("pdfinfo", file)).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  const pages = pdfPages(file);
  expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`);
  for (const q of lesson.sheet("A").questions) expect(pages.find((p) => p.includes(`id ${q.id}`))).toContain(fold(q.prompt));
});

test("the printed QR code scans as the online quiz with version A's seed", () => {
  const zbarimg = ["/usr/bin/zbarimg", "/usr/local/bin/zbarimg"].find((path) => existsSync(path));
  test.skip(!zbarimg, "zbarimg (Debian's zbar-tools) is not installed; the QR module matrix is checked in the unit tests");
  const pages = pdfPages(pdfOf("A"));
  const prefix = join(mkdtempSync(join(tmpdir(), "quizwire-qr-")), "page");
  poppler("pdftoppm", "-r", "150", "-png", "-f", String(pages.length), "-l", String(pages.length), pdfOf("A"), prefix);
  const image = `${prefix}-${String(pages.length).padStart(String(pages.length).length, "0")}.png`;
  expect(execFileSync(zbarimg!, ["-q", "--raw", image], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim()).toBe(lesson.sheet("A").quizUrl);
});

test("the lesson page's PDF links open the printed files", async ({ page, request }) => {
  await page.goto(`/lessons/${lesson.slug}`);
  const links = page.getByRole("region", { name: "Print a worksheet" }).getByRole("link", { name: /PDF$/ });
  await expect(links).toHaveCount(2 * WORKSHEET_VARIANTS.length);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")!))) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
  }
});
