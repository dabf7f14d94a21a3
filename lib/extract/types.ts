/**
 * The three shapes of the extraction pipeline, after chrono-node: an
 * extractor finds candidates of one kind and returns a result or `null` to
 * reject a match; a refiner takes all results and returns cleaned ones; the
 * pipeline (`pipeline.ts`) lists both in order and says why.
 */

/** What every extractor and refiner sees of the article. */
export interface ExtractionContext {
  /** Article slug, copied into every fact. */
  readonly article: string;
  /** The article body; all offsets index into it. */
  readonly text: string;
  /** Publication date as YYYY-MM-DD: the reference for relative dates. */
  readonly published: string;
  /** Lazy debug output: the callback runs only when debugging is on. */
  debug(message: () => string): void;
}

/** Finds facts of one kind. One concern per extractor, one extractor per file. */
export interface Extractor<T> {
  readonly name: string;
  extract(context: ExtractionContext): T[];
}

/** Takes all results of a kind and returns cleaned, merged or filtered ones. */
export interface Refiner<T> {
  readonly name: string;
  refine(context: ExtractionContext, results: T[]): T[];
}
