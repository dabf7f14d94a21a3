import type { PhrasingContent, RootContent } from "mdast";
import type { Node } from "unist";
import type { ContentProblem } from "../content-problem.ts";
import type { LessonBlock, LessonInline, LessonQuizSettings, TeacherQuestion } from "./lesson-document.ts";

/** A link written in a lesson, kept with its line so the loader can check that its target exists. */
export interface LessonLink {
  href: string;
  /** File line of the link. */
  line: number;
  /** For `/articles/<slug>` and `/lessons/<slug>[/quiz]`: what the link names. */
  target?: { kind: "article" | "lesson"; slug: string };
}

/** The block and inline converters, passed in so component files need not import them (no import cycle). */
export interface LessonConverters {
  blocks(nodes: readonly RootContent[], b: LessonBuilder): LessonBlock[];
  inlines(nodes: readonly PhrasingContent[], b: LessonBuilder): LessonInline[];
}

/**
 * The state of one lesson being parsed: where problems go, the questions and
 * links found so far, and the `<Quiz>` tag if there is one. Every converter
 * and component reports through it, so the parser can report every problem
 * of the file at once.
 */
export class LessonBuilder {
  readonly problems: ContentProblem[] = [];
  readonly questions: TeacherQuestion[] = [];
  readonly links: LessonLink[] = [];
  /** Link reference definitions (`[label]: url`), resolved before conversion. */
  readonly definitions = new Map<string, string>();
  /** The `<Quiz>` tag's settings; only the props it sets. */
  quizTag?: { line: number; settings: Partial<LessonQuizSettings> };
  /** Folded prompt → line of the question that has it, to report duplicates. */
  readonly prompts = new Map<string, number>();

  constructor(
    readonly file: string,
    readonly slug: string,
    /** File line of the body's first line, minus one: mdast lines are body lines. */
    private readonly lineOffset: number,
    private readonly converters: LessonConverters,
  ) {}

  /** File line where a node (or a JSX attribute) starts. */
  line(node: Node): number {
    return (node.position?.start.line ?? 1) + this.lineOffset;
  }

  /** Records a problem at a node's line. */
  report(node: Node, field: string, message: string): void {
    this.problems.push({ file: this.file, line: this.line(node), field, message });
  }

  /** Converts block content (also used by components whose children are Markdown). */
  blocks(nodes: readonly RootContent[]): LessonBlock[] {
    return this.converters.blocks(nodes, this);
  }

  /** Converts phrasing content. */
  inlines(nodes: readonly PhrasingContent[]): LessonInline[] {
    return this.converters.inlines(nodes, this);
  }
}
