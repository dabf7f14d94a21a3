import { isMap, isSeq, isScalar, LineCounter, parseDocument, type Document } from "yaml";

/** A path into the sidecar: keys and list indexes, as zod reports them. */
export type YamlPath = readonly PropertyKey[];

/**
 * Maps paths in a parsed YAML sidecar back to 1-based source lines, so that
 * every problem points at the line a teacher has to edit.
 */
export class YamlLocator {
  readonly document: Document;
  private readonly lines = new LineCounter();

  constructor(source: string) {
    this.document = parseDocument(source, { lineCounter: this.lines, prettyErrors: false });
  }

  /** Line of an offset into the source. */
  lineOf(offset: number): number {
    return this.lines.linePos(offset).line;
  }

  /**
   * Line of the node at `path`. When the path runs past what exists (a
   * missing key), the line of the deepest node that does exist. With
   * `key`, the line of the last key itself rather than its value (for an
   * unknown key, the key is what is wrong).
   */
  line(path: YamlPath, options: { key?: boolean } = {}): number {
    let node: unknown = this.document.contents;
    let line = 1;
    const at = (n: unknown) => {
      const range = (n as { range?: [number, number, number] } | null)?.range;
      if (range) line = this.lineOf(range[0]);
    };
    at(node);
    for (let i = 0; i < path.length; i++) {
      const step = path[i];
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === step);
        if (!pair) break;
        at(pair.key);
        if (options.key && i === path.length - 1) break;
        node = pair.value;
        at(node);
      } else if (isSeq(node) && typeof step === "number") {
        node = node.items[step];
        if (node === undefined) break;
        at(node);
      } else {
        break;
      }
    }
    return line;
  }
}

/** Formats a path as the teacher sees it: `fix[1].value`. */
export function formatPath(path: YamlPath): string {
  return path.reduce<string>((out, step) => (typeof step === "number" ? `${out}[${step}]` : out ? `${out}.${String(step)}` : String(step)), "");
}
