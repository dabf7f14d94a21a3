import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The bundled articles as the tests expect to see them, read from content/ (not hard-coded). */
export function bundledArticles() {
  const dir = join(process.cwd(), "content", "articles");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .map((name) => {
      const text = readFileSync(join(dir, name), "utf8");
      const [, frontmatter, body] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
      const title = frontmatter.match(/^title: (.*)$/m)?.[1].replace(/^"|"$/g, "") ?? "";
      return { slug: name.replace(/\.md$/, ""), title, paragraphs: body.trim().split(/\n{2,}/) };
    });
}
