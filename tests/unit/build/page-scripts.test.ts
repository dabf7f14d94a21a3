import { describe, expect, it } from "vitest";
import { COMPILE_HINT, runScriptsAfterPaint, scriptSources, withCompileHint } from "../../../scripts/page-scripts.mjs";

/** The shape of an interactive page as Next writes it: async chunks and a preload in <head>, one more chunk at the end of <body>. */
const page = [
  "<!DOCTYPE html><html><head>",
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/c.js"/>',
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  '<script src="/_next/static/chunks/b.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  "</head><body><main>Question 1</main>",
  '<script id="_R_">(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push({})</script>',
  '<script src="/_next/static/chunks/c.js" async=""></script>',
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  "</body></html>",
].join("");

describe("runScriptsAfterPaint", () => {
  const rewritten = runScriptsAfterPaint(page);

  it("takes the async scripts and their preloads out of the page and leaves the noModule polyfills and inline scripts", () => {
    expect(rewritten).not.toMatch(/<script src="\/_next\/static\/chunks\/[abc]\.js"/);
    expect(rewritten).not.toContain('rel="preload"');
    expect(rewritten).toContain('<script src="/_next/static/chunks/polyfills.js" noModule=""></script>');
    expect(rewritten).toContain('<script id="_R_">');
    expect(rewritten).toContain("self.__next_f");
  });

  it("adds one loader at the end of <body> that lists them in their order", () => {
    expect(rewritten).toMatch(/<script data-after-paint="">[^<]*<\/script><\/body>/);
    expect(scriptSources(rewritten)).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js", "/_next/static/chunks/c.js"]);
  });

  it("gives scriptSources the same list before and after, and leaves a rewritten page as it is", () => {
    expect(scriptSources(page)).toEqual(scriptSources(rewritten));
    expect(runScriptsAfterPaint(rewritten)).toBe(rewritten);
  });

  it("leaves a page without scripts alone", () => {
    const plain = "<html><head></head><body><p>Lesson</p></body></html>";
    expect(runScriptsAfterPaint(plain)).toBe(plain);
  });

  it("writes a loader that adds the scripts once the first contentful paint is reported", () => {
    const loader = rewritten.match(/<script data-after-paint="">([^<]*)<\/script>/)![1]!;
    const added: string[] = [];
    let observe: ((list: { getEntriesByName: (name: string) => unknown[] }, observer: { disconnect: () => void }) => void) | undefined;
    const timers: (() => void)[] = [];
    class FakeObserver {
      static supportedEntryTypes = ["paint"];
      constructor(callback: typeof observe) {
        observe = callback;
      }
      observe() {}
    }
    const document = { createElement: () => ({}) as { src?: string }, head: { appendChild: (s: { src: string }) => added.push(s.src) } };
    new Function("document", "PerformanceObserver", "setTimeout", "requestAnimationFrame", loader)(document, FakeObserver, (f: () => void) => timers.push(f), () => {
      throw new Error("paint timing is supported: no frame counting");
    });
    expect(added).toEqual([]);
    observe!({ getEntriesByName: () => [] }, { disconnect: () => {} });
    expect(timers).toHaveLength(1); // only the 3 s fallback so far
    observe!({ getEntriesByName: (name) => (name === "first-contentful-paint" ? [{}] : []) }, { disconnect: () => {} });
    timers[1]!();
    expect(added).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js", "/_next/static/chunks/c.js"]);
    timers[0]!(); // the fallback finds them loaded
    expect(added).toHaveLength(3);
  });
});

describe("withCompileHint", () => {
  it("puts V8's compile hint on the first line, once", () => {
    const js = "(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push([])";
    expect(withCompileHint(js)).toBe(`//# allFunctionsCalledOnLoad\n${js}`);
    expect(withCompileHint(withCompileHint(js))).toBe(withCompileHint(js));
    expect(COMPILE_HINT.startsWith("//# allFunctionsCalledOnLoad")).toBe(true);
  });
});
