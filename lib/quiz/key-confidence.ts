import { CONFIDENT } from "../extract/confidence.ts";

/**
 * The confidence a fact needs to become an answer key: the bar lessons use
 * to state a fact without "probably". Below it a fact may be highlighted in
 * the reader, never asked.
 */
export const MIN_KEY_CONFIDENCE = CONFIDENT;
