import type { ContentProblem } from "@/lib/content/content-problem.ts";
import { formatProblem } from "@/lib/content/content-problem.ts";

/** Lists content problems at the top of every page under `next dev`, so a bad file never crashes the site. */
export function ContentProblems({ problems }: { problems: ContentProblem[] }) {
  if (!problems.length) return null;
  return (
    <section className="problems" role="alert" aria-labelledby="problems-title">
      <h2 id="problems-title">
        {problems.length} content problem{problems.length === 1 ? "" : "s"}: these files are left out until fixed
      </h2>
      <ul>
        {problems.map((problem) => (
          <li key={formatProblem(problem)}>
            <code>{formatProblem(problem)}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
