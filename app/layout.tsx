import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { ContentProblems } from "./_components/content-problems.tsx";
import { getContent } from "./content.ts";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "quizwire", template: "%s · quizwire" },
  description: "Lessons, quizzes and worksheets made from news articles, with every answer traced to its source.",
};

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#15171a" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const { problems } = getContent();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        {/* No prefetching: only the quiz, /progress and /review run Next's router, and fetching four
            pages' data and scripts right after they start costs a phone more than it saves a click. */}
        <header className="site-header">
          <Link href="/" className="brand" prefetch={false}>
            quizwire
          </Link>
          <nav aria-label="Main">
            <ul>
              <li>
                <Link href="/" prefetch={false}>Stories</Link>
              </li>
              <li>
                <Link href="/progress" prefetch={false}>Progress</Link>
              </li>
              <li>
                <Link href="/review" prefetch={false}>Review</Link>
              </li>
            </ul>
          </nav>
        </header>
        <main id="main" tabIndex={-1}>
          <ContentProblems problems={problems} />
          {children}
        </main>
        <footer className="site-footer">
          <p>quizwire turns news into lessons. Every fact links back to the sentence it came from.</p>
        </footer>
      </body>
    </html>
  );
}
