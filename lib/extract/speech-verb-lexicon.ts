/**
 * Verbs that introduce reported speech, in every form an article uses them.
 * Finite forms ("said", "says", "warned") take a subject before them or,
 * inverted, after them ("said Smith"); participles ("saying", "adding")
 * borrow the subject of their main clause.
 */

/** How a speech verb form attaches to its speaker. */
export type SpeechVerbForm = "finite" | "participle";

/** Regular verbs: the -s, -ed and -ing forms are derived below. */
const REGULAR = [
  "add", "urge", "warn", "note", "hail", "post", "respond", "state", "declare", "announce", "insist",
  "argue", "claim", "explain", "ask", "reply", "confirm", "tweet", "remark", "stress", "emphasise",
  "emphasize", "acknowledge", "admit", "describe", "call", "promise", "vow", "predict", "suggest",
  "praise", "criticise", "criticize", "assess", "deny", "complain", "recall", "observe", "mention",
  "comment", "joke", "caution", "concede", "contend", "assert", "maintain", "pledge", "boast",
  "lament", "repeat", "reiterate", "shout", "testify", "answer", "demand", "label", "brand",
  "welcome", "thank", "slam", "blast", "condemn", "decry", "report", "hint", "muse", "quip",
  "exclaim", "conclude", "counter", "retort", "whisper", "yell", "scream", "highlight", "continue",
  "indicate", "signal", "allege", "agree", "characterise", "characterize", "proclaim",
  "concur", "recount", "elaborate", "clarify", "reassure", "remind", "accuse",
];

/** Irregular verbs: every finite form, then the participles. */
const IRREGULAR: [string[], string[]][] = [
  [["say", "says", "said"], ["saying"]],
  [["tell", "tells", "told"], ["telling"]],
  [["write", "writes", "wrote"], ["writing", "written"]],
  [["speak", "spoke", "speaks"], ["speaking"]],
];

/** Base forms that are also nouns or too common to count without "-s"/"-ed". */
const NO_BASE = new Set(["post", "call", "state", "report", "note", "counter", "demand", "answer", "comment", "continue", "agree", "signal", "brand", "label", "welcome", "thank", "promise", "pledge", "joke", "stress", "blast", "slam", "hint", "reply", "claim", "warn", "add", "ask"]);

const forms = new Map<string, SpeechVerbForm>();
for (const verb of REGULAR) {
  const stem = verb.endsWith("e") ? verb.slice(0, -1) : verb;
  const doubled = /^(?:slam|quip|admit|concur)$/.test(verb) ? verb + verb.slice(-1) : stem;
  const plural = /(?:s|sh|ch|x)$/.test(verb) ? `${verb}es` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : `${verb}s`;
  const past = verb.endsWith("e") ? `${verb}d` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ied` : `${doubled}ed`;
  forms.set(plural, "finite");
  forms.set(past, "finite");
  forms.set(`${doubled}ing`, "participle");
  if (!NO_BASE.has(verb)) forms.set(verb, "finite");
}
for (const [finite, participles] of IRREGULAR) {
  for (const form of finite) forms.set(form, "finite");
  for (const form of participles) forms.set(form, "participle");
}

/** The speech form of a lower-case word, or `null` when it is not a speech verb. */
export function speechVerbForm(lower: string): SpeechVerbForm | null {
  return forms.get(lower) ?? null;
}

/** Nouns that name the audience of "told": kept with the verb ("told reporters"). */
export const AUDIENCE_NOUNS = new Set(["reporters", "journalists", "lawmakers", "legislators", "mps", "senators", "supporters", "delegates", "students", "viewers", "listeners", "readers", "crowds", "audiences"]);
