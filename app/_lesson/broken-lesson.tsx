import { formatProblem, type ContentProblem } from "@/lib/content/content-problem.ts";

/**
 * What `next dev` shows at a hand-written lesson's address while its file
 * has mistakes: each one with its line and a hint, instead of a crash. A
 * production build never gets here: it stops on any problem.
 */
export function BrokenLesson({ slug, problems }: { slug: string; problems: readonly ContentProblem[] }) {
  return (
    <article className="lesson">
      <h1>This lesson has {problems.length === 1 ? "a mistake" : `${problems.length} mistakes`}</h1>
      <p className="lede">
        Fix {problems.length === 1 ? "it" : "them"} in <code>content/lessons/{slug}.mdx</code> and reload this page. <code>npx quizwire check</code> lists every problem
        in every file.
      </p>
      <ul className="problem-list">
        {problems.map((problem) => (
          <li key={formatProblem(problem)}>
            <code>{formatProblem(problem)}</code>
          </li>
        ))}
      </ul>
      <p>
        The guide to writing lessons is <code>docs/authoring.md</code>.
      </p>
    </article>
  );
}
