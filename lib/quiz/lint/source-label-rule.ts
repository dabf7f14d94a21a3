import type { LintRule } from "./lint-rule.ts";

/**
 * A prompt names its source as a reader knows it (the outlet, the title, or
 * "the article"), never by the file name it was read from ("according to
 * 000_05c011d006dedc0b"). A slug is looked for as written, hyphens and all:
 * a title the slug was made from ("Trump and Putin to discuss…") is fine.
 */
export const sourceLabelRule: LintRule = {
  name: "source-label",
  check(question, context) {
    const shown = `${question.prompt} ${(question.choices ?? []).join(" ")}`.toLowerCase();
    for (const { slug } of context.story.articles) {
      if (/[\d_-]/.test(slug) && shown.includes(slug.toLowerCase())) return `names the source by its file name "${slug}"`;
    }
    return null;
  },
};
