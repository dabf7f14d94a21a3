import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "../args.ts";
import { parseArgs, UsageError } from "../args.ts";
import { formatProblems } from "../../lib/content/content-problem.ts";
import { checkLessonFacts } from "../../lib/content/lesson/lesson-facts.ts";
import { loadLessonFacts, quizInputOf } from "../../lib/content/lesson/lesson-facts-loader.ts";
import { parseLesson } from "../../lib/content/lesson/lesson-parser.ts";
import { scaffoldLesson } from "../../lib/content/lesson/lesson-scaffold.ts";
import { pickQuoteMatch } from "../../lib/content/lesson/scaffold-quote.ts";
import { loadContent, type Content } from "../../lib/content/load-content.ts";
import { isSlug, slugify } from "../../lib/content/slug.ts";

export const newCommand: Command = {
  name: "new",
  summary: "Start a hand-written lesson: content/lessons/<slug>.mdx with every component, ready to edit.",
  usage: "lesson SLUG (--story S | --articles A,B) [--force] [--root DIR]",
  options: {
    "--story S": "the story the lesson covers (listed in content/stories.yaml)",
    "--articles A,B": "or: the articles it covers, comma-separated slugs",
    "--force": "overwrite an existing lesson",
    "--root DIR": "project folder holding content/ (default: the current folder)",
  },
  async run(argv) {
    const args = parseArgs(argv, ["story", "articles", "root"], ["force"]);
    const [what, slug, extra] = args.positionals;
    if (what !== "lesson") throw new UsageError(what ? `cannot make a "${what}"; only \`quizwire new lesson SLUG\` exists.` : "say what to make: quizwire new lesson SLUG --story S.");
    if (!slug) throw new UsageError("name the lesson: quizwire new lesson SLUG --story S.");
    if (extra) throw new UsageError(`one lesson at a time; "${extra}" is extra.`);
    if (!isSlug(slug)) throw new UsageError(`the slug must be lowercase words joined by hyphens, like ${slugify(slug)}.`);
    const root = args.values.get("root") ?? process.cwd();
    const content = loadContent(root);
    const cover = coverOf(content, slug, args.values.get("story"), args.values.get("articles"));

    const file = `content/lessons/${slug}.mdx`;
    const path = join(root, file);
    if (existsSync(path) && !args.flags.has("force")) {
      process.stderr.write(`${file} exists already; pass --force to overwrite it, or choose another slug.\n`);
      return 1;
    }
    const facts = loadLessonFacts(root, content, { slug, frontmatter: cover });
    const text = scaffoldLesson({ ...cover, ...(facts ? { quoteMatch: pickQuoteMatch(facts.story) } : {}) });
    // The scaffold must pass `check` as written; if it does not, that is a bug to report, not a file to write.
    const parsed = parseLesson(file, slug, text);
    const problems = [...parsed.problems, ...(parsed.lesson && facts ? checkLessonFacts(parsed.lesson, quizInputOf(facts)).problems : [])];
    if (problems.length) {
      process.stderr.write(`the new lesson would not pass check (please report this):\n${formatProblems(problems)}\n`);
      return 1;
    }
    mkdirSync(join(root, "content", "lessons"), { recursive: true });
    writeFileSync(path, text);
    process.stdout.write(`wrote ${file}: edit it, run \`npx quizwire check\`, and see it at /lessons/${slug} with \`npm run dev\`.\n`);
    return 0;
  },
};

/** The story or articles the lesson covers, with a topic for its title; usage errors list what exists. */
function coverOf(content: Content, slug: string, story: string | undefined, articles: string | undefined) {
  if (story && articles) throw new UsageError("give --story or --articles, not both.");
  if (!story && !articles) throw new UsageError("say what the lesson covers: --story S or --articles A,B.");
  if (content.articles.some((a) => a.slug === slug) || content.stories.some((s) => s.slug === slug)) {
    throw new UsageError(`"${slug}" is already an article or story slug, and lessons share /lessons/ with them: choose another, e.g. ${slug}-lesson.`);
  }
  if (story) {
    const found = content.stories.find((s) => s.slug === story);
    if (!found) throw new UsageError(`unknown story "${story}"; stories: ${content.stories.map((s) => s.slug).join(", ") || "(none in content/stories.yaml)"}.`);
    return { story, topic: found.title };
  }
  const slugs = articles!.split(",").map((s) => s.trim()).filter(Boolean);
  const missing = slugs.filter((s) => !content.articles.some((a) => a.slug === s));
  if (!slugs.length || missing.length) {
    const known = content.articles.map((a) => a.slug).join(", ") || "(none in content/articles)";
    throw new UsageError(`${missing.length ? `unknown article${missing.length === 1 ? "" : "s"} ${missing.map((m) => `"${m}"`).join(", ")}` : "no article slugs"}; articles: ${known}.`);
  }
  return { articles: slugs, topic: content.articles.find((a) => a.slug === slugs[0])!.frontmatter.title };
}
