/** What a new lesson is about, as `quizwire new lesson` gathers it. */
export interface ScaffoldInput {
  /** `story: <slug>`, or `articles:` when given instead. */
  story?: string;
  articles?: readonly string[];
  /** The story's or first article's title, for the lesson's title. */
  topic: string;
  /** A few words naming one real quote (`pickQuoteMatch`); without it the `<Quote>` is left as a comment. */
  quoteMatch?: string;
}

/**
 * The text of a new `content/lessons/<slug>.mdx`: valid frontmatter, then
 * every component once with a comment saying what it does. Its questions
 * need no facts and its quote is a real one, so it passes `quizwire check`
 * as written and the teacher edits from something that works.
 */
export function scaffoldLesson(input: ScaffoldInput): string {
  const cover = input.story
    ? `story: ${input.story}`
    : `articles:\n${(input.articles ?? []).map((slug) => `  - ${slug}`).join("\n")}`;
  const quote = input.quoteMatch
    ? `<Quote match="${input.quoteMatch}" />`
    : '{/* No quote of these articles is long enough to pick one here. Write <Quote match="a few words of it" /> once there is one. */}';
  return `---
title: ${JSON.stringify(`Who said what: ${input.topic}`)}
summary: "Students trace quotes to their speakers and compare how outlets report the same event."
${cover}
level: "Grades 9–12"
objectives:
  - Trace a quote to the person who said it
  - Compare how different outlets report the same event
minutes: 45
quiz:
  count: 10
---

{/* Started by \`quizwire new lesson\`. Text in braces with slashes and stars, like this, is a comment: students never see it. Run \`npx quizwire check\` after each edit. */}

{/* Write Markdown as usual: ## headings (the title comes from the frontmatter, so start at ##), paragraphs, lists, **bold**, *italics* and links to /articles/<slug> or https:// pages. Write &lt; for a < sign. */}

## Before you read

Reports of one event rarely agree on every detail. In this lesson you check who said what, and which outlets say so.

{/* Vocabulary inside a sentence shows its definition when a student points at or tabs to the term. */}

Every quote has a <Vocabulary term="source">the person or outlet a piece of information comes from</Vocabulary>: find it before you trust the words.

{/* Vocabulary on its own line is a glossary entry. */}

<Vocabulary term="corroborated">reported by more than one independent outlet</Vocabulary>

## The quote

{/* Quote shows a quote from the articles with its speaker and the outlets that carry it. match is at least 3 words of it; exactly one quote must contain them. List the quotes with: npx quizwire facts --story <story> */}

${quote}

{/* Timeline, People, Places and SourcesCompare are filled from the articles' facts. They take no props and no content. */}

## What happened when

<Timeline />

## Who is who

<People />

## Where

<Places />

## Do the sources agree?

<SourcesCompare />

{/* Callout: type is note, tip, warning or think; title is optional; Markdown goes inside. */}

<Callout type="tip" title="Read like a fact-checker">
Before you trust a quote, find **who** said it and **which outlets** carry it.
</Callout>

## Check your understanding

{/* Questions you write join the quiz and the worksheet. Each takes id (optional: a stable id is made from the prompt), explanation (shown after answering) and source: a few words exactly as one of the articles has them, which becomes the link to the evidence. */}

{/* Question: the prompt, then one Choice per line. Mark the right one correct; if several are right, mark them all and add multiple to the Question tag. */}

<Question explanation="A quote is only as good as the person who said it and the outlets that checked it.">
What should you find out before you trust a quote in the news?

<Choice correct>Who said it, and which outlets report it</Choice>
<Choice>How many people shared it online</Choice>
<Choice>Whether the headline is in capitals</Choice>
</Question>

{/* TrueFalse: a statement, and answer={true} or answer={false}. */}

<TrueFalse answer={false} explanation="Outlets sometimes credit the same words to different people; that is worth checking.">
Every outlet always credits a quote to the same person.
</TrueFalse>

{/* Cloze: one blank in square brackets; the bar separates other accepted answers, the first is the key. */}

<Cloze explanation="Corroborated means reported by more than one independent outlet.">A quote reported by several independent outlets is [corroborated|confirmed].</Cloze>

## Discuss

{/* Discussion: open questions for the class, as a list. */}

<Discussion>
- Why might two outlets credit the same words to different people?
- Which source would you trust most here, and why?
</Discussion>

{/* Quiz places the quiz: questions made from the facts plus the ones above. count, kinds and seed override the frontmatter's quiz: settings. */}

<Quiz count={10} kinds={["who-said", "when", "where", "true-false"]} seed={1} />
`;
}
