/**
 * Time-zone abbreviations that may follow a clock time or a weekday
 * ("7:30 p.m. Tuesday IST", "1400 GMT"): they mark a time, never a name.
 */
export const TIME_ZONES: ReadonlySet<string> = new Set(
  ("ET EST EDT CT CST CDT MT MST MDT PT PST PDT AKST HST GMT UTC BST CET CEST EET EEST WET WEST MSK IST PKT JST KST " +
    "AEST AEDT ACST AWST NZST NZDT SGT HKT ICT WIB GST AST SAST WAT EAT CAT")
    .split(" "),
);

/** A clock time: "10 a.m.", "7:30 p.m.", "9pm", "14:00", with an optional zone. */
export const CLOCK_TIME = String.raw`\d{1,2}(?::[0-5]\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)|[0-2]?\d:[0-5]\d(?=\s[A-Z]{2,4}\b)|[0-2]\d[0-5]\d(?=\s(?:GMT|UTC|BST|CET|MSK|IST|ET)\b)`;
