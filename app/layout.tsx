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
        <header className="site-header">
          <Link href="/" className="brand">
            quizwire
          </Link>
          <nav aria-label="Main">
            <ul>
              <li>
                <Link href="/">Stories</Link>
              </li>
              <li>
                <Link href="/progress">Progress</Link>
              </li>
              <li>
                <Link href="/review">Review</Link>
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
