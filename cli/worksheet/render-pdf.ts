import { mkdirSync, readFileSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { ensureChromium } from "../../scripts/find-chromium.mjs";
import { contentType, resolveFile } from "../../scripts/static-files.mjs";

/** Paper sizes the CLI prints on; the sheets' CSS sets margins that fit both. */
export const PAPERS = { a4: "A4", letter: "Letter" } as const;
export type Paper = keyof typeof PAPERS;

/** One PDF to print: a page of the built site and where its PDF goes. */
export interface PdfJob {
  /** A site path such as `/lessons/x/worksheet/A`. */
  route: string;
  file: string;
}

/** What was written: the file, its size and its page count. */
export interface PdfResult extends PdfJob {
  bytes: number;
  pages: number;
}

// Never resolved: every request to it is answered from the build, and any other request is refused, so printing downloads nothing.
const ORIGIN = "http://quizwire.invalid";

/** Pages of a PDF as Chromium writes it: one `/Type /Page` object each. */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/**
 * Prints pages of the built site to PDF with the system's Chromium (found or
 * installed as for the tests), in print media with the sheets' own @page
 * margins and page numbers. One browser serves every job.
 */
export async function renderPdfs(site: string, jobs: readonly PdfJob[], paper: Paper): Promise<PdfResult[]> {
  const root = resolve(site);
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage"],
  });
  try {
    const page = await browser.newPage();
    await page.route("**/*", (route) => {
      const url = new URL(route.request().url());
      const file = url.origin === ORIGIN ? resolveFile(root, url.pathname) : undefined;
      return file ? route.fulfill({ status: 200, contentType: contentType(file), body: readFileSync(file) }) : route.abort();
    });
    const results: PdfResult[] = [];
    for (const job of jobs) {
      const response = await page.goto(`${ORIGIN}${job.route}`, { waitUntil: "load" });
      if (!response?.ok()) throw new Error(`${job.route} did not load from ${root}`);
      mkdirSync(dirname(job.file), { recursive: true });
      const pdf = await page.pdf({ path: job.file, format: PAPERS[paper], printBackground: true, tagged: true, outline: false });
      results.push({ ...job, bytes: statSync(job.file).size, pages: pdfPageCount(pdf) });
    }
    return results;
  } finally {
    await browser.close();
  }
}
