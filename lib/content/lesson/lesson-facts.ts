import { sourceEvidence } from "../../quiz/lesson-quiz.ts";
import type { QuizInput } from "../../quiz/quiz-context.ts";
import type { QuoteGroup, StoryFacts } from "../../story/story-schema.ts";
import { containsTokens, tokenize } from "../../story/text-fold.ts";
import type { ContentProblem } from "../content-problem.ts";
import type { LessonBlock, LessonDocument, TeacherQuestion } from "./lesson-document.ts";

const TAG_OF: Record<TeacherQuestion["kind"], string> = { choice: "Question", "true-false": "TrueFalse", cloze: "Cloze" };

/**
 * Checks a lesson against the facts of its articles: each `<Quote match>`
 * must name exactly one quote group (its `quoteId` is filled in), and each
 * question's `source` words must be in one of the articles. The lesson is
 * returned with its quotes resolved; unresolved ones keep `quoteId: ""`.
 */
export function checkLessonFacts(
  lesson: LessonDocument,
  input: QuizInput,
  story: StoryFacts = input.story,
): { lesson: LessonDocument; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const report = (line: number, field: string, message: string) => problems.push({ file: lesson.file, line, field, message });
  const groups = story.quotes.map((group) => ({ group, texts: [group.text, ...group.reports.map((r) => r.text)].map(tokenize) }));

  const resolve = (blocks: LessonBlock[]): LessonBlock[] =>
    blocks.map((block) => {
      switch (block.type) {
        case "quote": {
          const quoteId = resolveQuote(block.match, groups, (message) => report(block.line, "<Quote> match", message));
          return { ...block, quoteId: quoteId ?? "" };
        }
        case "list":
          return { ...block, items: block.items.map(resolve) };
        case "blockquote":
        case "callout":
        case "discussion":
          return { ...block, children: resolve(block.children) };
        case "vocabulary":
          return { ...block, definition: resolve(block.definition) };
        default:
          return block;
      }
    });
  const blocks = resolve(lesson.blocks);

  for (const question of lesson.questions) {
    if (question.source === undefined || sourceEvidence(question.source, input)) continue;
    report(
      question.line,
      `<${TAG_OF[question.kind]}> source`,
      `no article of this lesson contains "${question.source}": copy a few words exactly as the article has them (curly and straight quotes count as the same)`,
    );
  }
  return { lesson: { ...lesson, blocks }, problems };
}

type Candidate = { group: QuoteGroup; texts: string[][] };

function resolveQuote(match: string, groups: Candidate[], fail: (message: string) => void): string | undefined {
  const needle = tokenize(match);
  const found = groups.filter((g) => g.texts.some((text) => containsTokens(text, needle)));
  if (found.length === 1) return found[0]!.group.id;
  if (found.length > 1) {
    const shown = found.slice(0, 3).map((g) => `"${preview(g.group.text)}"`).join(", ");
    fail(`"${match}" is in ${found.length} different quotes (${shown}): add words so it names one`);
    return undefined;
  }
  const alike = similar(needle, groups).map((g) => `"${preview(g.group.text)}"`);
  const hint = alike.length ? `; quotes that start alike: ${alike.join(", ")}` : "; run `npx quizwire facts --story <story>` to list the quotes";
  fail(`no quote in this lesson's articles contains "${match}"${hint}`);
  return undefined;
}

/**
 * Up to three quotes nearest a match that found nothing: first those where
 * the longest run of the match's opening words occurs, then those sharing
 * the most of its words, so a typo late in the match still finds its quote.
 */
function similar(needle: string[], groups: Candidate[]): Candidate[] {
  const scored = groups.map((g) => {
    const words = new Set(g.texts.flat());
    let prefix = 0;
    for (const text of g.texts) {
      for (let start = 0; start < text.length; start++) {
        let n = 0;
        while (n < needle.length && text[start + n] === needle[n]) n++;
        prefix = Math.max(prefix, n);
      }
    }
    // One opening word in common ("the", "we") says little; two or more is a quote that starts alike.
    return { g, prefix: prefix >= 2 ? prefix : 0, shared: needle.filter((w) => words.has(w)).length };
  });
  return scored
    .filter((s) => s.prefix > 0 || s.shared >= Math.min(2, needle.length))
    .sort((a, b) => b.prefix - a.prefix || b.shared - a.shared)
    .slice(0, 3)
    .map((s) => s.g);
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}
