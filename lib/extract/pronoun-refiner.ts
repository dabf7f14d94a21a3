import type { Speaker } from "./fact-schema.ts";

/** What each sentence was about: its person and its organisation or group, if any. */
interface Focus {
  sentence: number;
  person: number;
  other: Speaker | null;
}

/** A pronoun's referent and how sure the choice is. */
export interface PronounMatch {
  person: number;
  confidence: number;
}

/** Sentences looked back over: further back, a pronoun's referent is too uncertain. */
const MAX_SENTENCES_BACK = 8;

/**
 * Resolves "he", "she", "they" and "it" to what recent sentences were
 * about. The speaker resolver records each sentence's focus (the speaker of
 * its quotes, else the subject of its speech verb, else its main subject)
 * as it goes; a pronoun takes the most recent focus of a compatible kind.
 * Gender is learnt from honorifics and from each resolved he/she, so a
 * person once called "he" is skipped for a later "she".
 */
export class PronounRefiner {
  private readonly history: Focus[] = [];

  constructor(private readonly genders: ("male" | "female" | null)[]) {}

  /** Records what sentence `sentence` was about. Call in text order. */
  record(sentence: number, person: number, other: Speaker | null): void {
    if (person < 0 && other === null) return;
    this.history.push({ sentence, person, other });
  }

  /** The person a he/she in `sentence` refers to, or `null`. */
  person(gender: "male" | "female", sentence: number): PronounMatch | null {
    for (let k = this.history.length - 1; k >= 0; k--) {
      const focus = this.history[k];
      if (focus.sentence >= sentence) continue;
      if (sentence - focus.sentence > MAX_SENTENCES_BACK) break;
      if (focus.person < 0) continue;
      const known = this.genders[focus.person];
      if (known !== null && known !== gender) continue;
      this.genders[focus.person] = gender;
      const near = sentence - focus.sentence <= 2;
      return { person: focus.person, confidence: near ? 0.8 : 0.7 };
    }
    return null;
  }

  /** The organisation or group a they/it in `sentence` refers to, or `null`. */
  other(sentence: number): Speaker | null {
    for (let k = this.history.length - 1; k >= 0; k--) {
      const focus = this.history[k];
      if (focus.sentence >= sentence) continue;
      if (sentence - focus.sentence > 3) break;
      if (focus.other) return focus.other;
    }
    return null;
  }
}
