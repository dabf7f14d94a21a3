import { existsSync, readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import type { Command } from "../args.ts";
import { parseArgs, UsageError } from "../args.ts";
import { isCalendarDate } from "../../lib/content/article-frontmatter-schema.ts";
import { parseArticle } from "../../lib/content/article-parser.ts";
import { unreadableLanguage } from "../../lib/content/article-language.ts";
import { otherLanguage } from "../../lib/text/language.ts";
import { refusesLanguage } from "../language-guard.ts";
import { formatProblems } from "../../lib/content/content-problem.ts";
import { loadStoryFacts } from "../../lib/content/facts-loader.ts";
import { loadContent } from "../../lib/content/load-content.ts";
import { normalizeNewlines } from "../../lib/content/text-decoder.ts";
import { extractFacts } from "../../lib/extract/pipeline.ts";
import { generateQuiz, reviewCandidates, type QuizArticle, type QuizInput, type ReviewedQuestion } from "../../lib/quiz/generate-quiz.ts";
import { questionKindSchema, type QuestionKind } from "../../lib/quiz/question-schema.ts";
import { formatQuizText } from "../../lib/quiz/quiz-text-format.ts";
import { mergeStory } from "../../lib/story/merge-story.ts";

export const quizCommand: Command = {
  name: "quiz",
  summary: "Generate a seeded quiz (with answer key and evidence) from articles or a story.",
  usage: "FILE... | --story SLUG [--published YYYY-MM-DD] [--seed N] [--set N] [--count K] [--kinds who-said,when,…] [--why] [--json]",
  options: {
    "--story SLUG": "quiz a story of content/ in the current folder instead of files",
    "--published D": "publication date: required for plain .txt files; overrides a .md file's own",
    "--seed N": "orders questions and choices (default 1)",
    "--set N": "chooses the questions and distractors (default: the seed); same --set, other --seed = version B",
    "--count K": "number of questions (default: by length, about one per 60 words of the longest article, 5 to 25; fewer when the facts support fewer)",
    "--kinds LIST": `comma-separated kinds: ${questionKindSchema.options.join(", ")}`,
    "--why": "also list every question the checks left out, with the rule it failed (a wrong key, a fragment, a guessable choice…)",
    "--json": "print JSON (questions with id, kind, prompt, choices, answer, evidence) instead of text",
  },
  async run(argv) {
    const args = parseArgs(argv, ["story", "published", "seed", "set", "count", "kinds"], ["json", "why"]);
    const storySlug = args.values.get("story");
    if (storySlug && args.positionals.length) throw new UsageError("give either --story SLUG or files, not both.");
    if (!storySlug && !args.positionals.length) throw new UsageError("name article files (.md or .txt) or a story with --story SLUG.");
    const published = args.values.get("published");
    if (published && !isCalendarDate(published)) throw new UsageError(`--published must be a date like 2025-03-17, got "${published}".`);
    const seed = integer(args.values.get("seed"), "--seed", 1);
    const questionSeed = integer(args.values.get("set"), "--set", seed);
    const rawCount = args.values.get("count");
    const count = rawCount === undefined ? undefined : integer(rawCount, "--count", 0);
    if (count !== undefined && count < 1) throw new UsageError("--count must be at least 1.");
    const kinds = parseKinds(args.values.get("kinds"));
    const input = storySlug ? loadStory(storySlug) : loadFiles(args.positionals, published);
    if (typeof input === "number") return input;
    const quiz = generateQuiz(input, { seed, questionSeed, kinds, ...(count === undefined ? {} : { count }) });
    const why = args.flags.has("why") ? reviewCandidates(input, questionSeed).filter((r) => r.problems.length) : undefined;
    if (args.flags.has("json")) {
      const rejected = why?.map(({ question, problems }) => ({ id: question.id, kind: question.kind, prompt: question.prompt, problems }));
      process.stdout.write(`${JSON.stringify(rejected ? { ...quiz, rejected } : quiz, null, 2)}\n`);
    } else {
      process.stdout.write(formatQuizText(quiz));
      if (why) process.stdout.write(formatRejected(why));
    }
    return 0;
  },
};

/** The questions the checks left out, one line each with every rule they failed. */
function formatRejected(rejected: readonly ReviewedQuestion[]): string {
  const lines = rejected.map(({ question, problems }) => {
    const prompt = question.prompt.length > 110 ? `${question.prompt.slice(0, 107)}…` : question.prompt;
    return `- [${question.kind}] ${prompt}\n    ${problems.map((p) => `${p.rule}: ${p.message}`).join("; ")}`;
  });
  return `\nLeft out by the checks (${rejected.length})\n${lines.join("\n")}\n`;
}

function integer(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined) return fallback;
  if (!/^-?\d+$/.test(raw)) throw new UsageError(`${name} must be a whole number, got "${raw}".`);
  return Number(raw);
}

function parseKinds(raw: string | undefined): QuestionKind[] | undefined {
  if (raw === undefined) return undefined;
  return raw.split(",").map((kind) => {
    const parsed = questionKindSchema.safeParse(kind.trim());
    if (!parsed.success) throw new UsageError(`unknown question kind "${kind}"; use ${questionKindSchema.options.join(", ")}.`);
    return parsed.data;
  });
}

function loadStory(slug: string): QuizInput | number {
  const root = process.cwd();
  const content = loadContent(root);
  const loaded = loadStoryFacts(root, content, slug);
  if (!loaded) {
    process.stderr.write(`no story or article "${slug}" in ${root}/content.\n`);
    return 1;
  }
  const articles: QuizArticle[] = loaded.articles.map(({ article, facts }) => ({
    slug: article.slug,
    body: article.body,
    facts,
    title: article.frontmatter.title,
    ...(article.frontmatter.outlet ? { outlet: article.frontmatter.outlet } : {}),
  }));
  return { story: loaded.story, articles };
}

function loadFiles(files: string[], published: string | undefined): QuizInput | number {
  const articles: (QuizArticle & { published: string })[] = [];
  for (const file of files) {
    if (!existsSync(file)) {
      process.stderr.write(`${file}: no such file.\n`);
      return 1;
    }
    const slug = basename(file, extname(file));
    if (/\.(md|markdown)$/.test(file)) {
      const parsed = parseArticle(file, slug, readFileSync(file));
      if (!parsed.article) {
        process.stderr.write(`${formatProblems(parsed.problems)}\n`);
        return 1;
      }
      const { frontmatter, body } = parsed.article;
      if (refusesLanguage(file, unreadableLanguage(parsed.article))) return 1;
      const date = published ?? frontmatter.published;
      articles.push({ slug, body, title: frontmatter.title, published: date, facts: extractFacts(body, { article: slug, published: date }), ...(frontmatter.outlet ? { outlet: frontmatter.outlet } : {}) });
    } else {
      if (!published) throw new UsageError(`${file} is plain text: give --published YYYY-MM-DD to resolve dates such as “on Tuesday”.`);
      const body = normalizeNewlines(readFileSync(file, "utf8"));
      if (refusesLanguage(file, otherLanguage(body))) return 1;
      articles.push({ slug, body, published, facts: extractFacts(body, { article: slug, published }) });
    }
  }
  const story = mergeStory(articles.length === 1 ? articles[0]!.slug : "quiz", articles.map(({ slug, outlet, title, published: date, facts }) => ({ slug, published: date, facts, ...(outlet ? { outlet } : {}), ...(title ? { title } : {}) })));
  return { story, articles };
}
