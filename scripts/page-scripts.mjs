// The external scripts of a page in out/, the rewrite that makes an
// interactive page fetch them only once it has painted, and the compile hint
// its scripts get. Shared by scripts/strip-runtime.mjs (which rewrites) and
// bench/pages.ts (which measures what a page loads).

/**
 * Adds `sources` as async scripts once the page has painted: after the
 * browser reports its first contentful paint (the entry arrives once that
 * frame is on screen), else after two frames where paint timing is missing,
 * and at the latest after 3 s (a hidden tab paints nothing). Written out
 * inline, so it must stay self-contained.
 */
function runAfterPaint(sources) {
  let started = false;
  const load = () => {
    if (started) return;
    started = true;
    for (const src of sources) {
      const script = document.createElement("script");
      script.src = src;
      script.async = true;
      document.head.appendChild(script);
    }
  };
  setTimeout(load, 3000);
  if (typeof PerformanceObserver === "function" && PerformanceObserver.supportedEntryTypes?.includes("paint")) {
    new PerformanceObserver((list, observer) => {
      if (!list.getEntriesByName("first-contentful-paint").length) return;
      observer.disconnect();
      setTimeout(load);
    }).observe({ type: "paint", buffered: true });
  } else {
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(load)));
  }
}

const SCRIPT_TAG = /<script([^>]*)\ssrc="([^"]+)"([^>]*)><\/script>/g;
const AFTER_PAINT = /<script data-after-paint="">[\s\S]*?\)\((\[[^\]]*\])\)<\/script>/;

/**
 * The scripts a page loads, in order: its `<script src>` tags (noModule
 * polyfills, which modern browsers skip, left out), then the ones it adds
 * after painting.
 */
export function scriptSources(html) {
  const tags = [...html.matchAll(SCRIPT_TAG)].filter((m) => !/nomodule/i.test(m[1] + m[3])).map((m) => m[2]);
  const afterPaint = html.match(AFTER_PAINT);
  return [...tags, ...(afterPaint ? JSON.parse(afterPaint[1]) : [])];
}

/**
 * The page with its scripts fetched and run only once its pre-rendered HTML
 * is on screen. Next writes them as async scripts and preloads in <head>:
 * served from nearby they arrive before the first frame, the browser runs
 * Next's start-up (about 150 ms on a slow phone) before it paints anything,
 * and Lighthouse counts their whole download in the page's LCP. Async
 * scripts run in no set order, so adding them later leaves Next's chunk
 * loader as it was. A page already rewritten is returned as it is.
 */
export function runScriptsAfterPaint(html) {
  const sources = [];
  const withoutScripts = html.replace(SCRIPT_TAG, (tag, before, src, after) => {
    if (/nomodule/i.test(before + after)) return tag;
    sources.push(src);
    return "";
  });
  if (!sources.length) return html;
  if (!withoutScripts.includes("</body>")) throw new Error("no </body> to put the script loader before");
  const unpreloaded = withoutScripts.replace(/<link rel="preload" as="script"[^>]*\/?>/g, (tag) => (sources.some((src) => tag.includes(`href="${src}"`)) ? "" : tag));
  const loader = `(${runAfterPaint.toString().replace(/\n\s*/g, " ")})(${JSON.stringify(sources)})`;
  return unpreloaded.replace("</body>", `<script data-after-paint="">${loader}</script></body>`);
}

/**
 * V8's explicit compile hint (Chrome 136 and later; other engines read a
 * comment): compile every function of the file while it streams in, on a
 * background thread. Without it each function is compiled on the main thread
 * the first time it runs, and nearly all of Next's and React's start-up code
 * runs once at load: that compiling was about two thirds of the one long task
 * that starts an interactive page (about 40 of its 65–75 ms of CPU on the 2-core build machine).
 * It must be the file's first line.
 */
export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/** The script with the compile hint on its first line (once). */
export function withCompileHint(js) {
  return js.startsWith(COMPILE_HINT) ? js : COMPILE_HINT + js;
}
