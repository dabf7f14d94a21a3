import type { MDXComponents } from "mdx/types";

/** Components available to every MDX file; lessons add their own vocabulary. */
export function useMDXComponents(components: MDXComponents): MDXComponents {
  return { ...components };
}
