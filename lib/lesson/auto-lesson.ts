import { z } from "zod";
import { paragraphIndexAt } from "../content/body-paragraphs.ts";
import { placeKindSchema, type ArticleFacts, type DateFact, type QuoteFact } from "../extract/fact-schema.ts";
import { formatDate as formatDateValue, MONTHS } from "../quiz/date-format.ts";
import { conflictKindSchema, type ConflictKind, type StoryPerson } from "../story/story-schema.ts";
import { distinctSources, MIN_LESSON_CONFIDENCE, PLACE_KIND_LABELS, sourceNames, type LessonInput } from "./sources.ts";

/**
 * The automatic lesson: everything on `/lessons/<slug>`, built only from the
 * extracted (and teacher-corrected) facts. Nothing here is written freely:
 * every sentence is a template filled with facts, and every item keeps the
 * article it came from.
 */

/** An article as a lesson cites it: `name` is its outlet, or its title when it names none. */
export const lessonSourceSchema = z.object({
  slug: z.string(),
  name: z.string(),
  title: z.string(),
  outlet: z.string().optional(),
  published: z.string(),
});
export type LessonSource = z.infer<typeof lessonSourceSchema>;

/** A place in an article: for links like `/articles/<slug>#p-<paragraph>`. */
const locationSchema = z.object({
  article: z.string(),
  source: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  paragraph: z.number().int().nonnegative(),
});
export type LessonLocation = z.infer<typeof locationSchema>;

export const lessonPersonSchema = z.object({
  name: z.string(),
  /** Distinct roles, most used first, each in its most used spelling. */
  roles: z.array(z.string()),
  /** Names of the sources that mention the person. */
  sources: z.array(z.string()),
  /** How many quote groups the story credits to the person (outlets agreeing). */
  quoted: z.number().int().nonnegative(),
});
export type LessonPerson = z.infer<typeof lessonPersonSchema>;

export const timelineEntrySchema = z.object({
  id: z.string(),
  /** "2025-03-18", "2025-03" or "2025": valid for `<time dateTime>`. */
  value: z.string(),
  granularity: z.enum(["day", "month", "year"]),
  /** "Tuesday 18 March 2025", "March 2022", "2024". */
  label: z.string(),
  /** The date as written ("on Tuesday"). */
  text: z.string(),
  /** The clause the date belongs to, as written: what happened then. */
  clause: z.string(),
  /** Where the date is written (the first confident report). */
  location: locationSchema,
  /** Sources whose confident reports give the same date for the same event. */
  sources: z.array(z.string()),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const lessonPlaceSchema = z.object({
  name: z.string(),
  kind: placeKindSchema,
  /** "country", "city", "body of water"…, for display. */
  kindLabel: z.string(),
  sources: z.array(z.string()),
});
export type LessonPlace = z.infer<typeof lessonPlaceSchema>;

export const keyQuoteSchema = z.object({
  id: z.string(),
  text: z.string(),
  kind: z.enum(["full", "fragment"]),
  /** The speaker every source agrees on. */
  speaker: z.string(),
  /** Distinct sources carrying the words with a confident attribution. */
  sources: z.array(z.string()),
  location: locationSchema,
});
export type KeyQuote = z.infer<typeof keyQuoteSchema>;

export const lessonConflictSchema = z.object({
  id: z.string(),
  text: z.string(),
  kind: conflictKindSchema,
  /** Plain words for students: what the disagreement is, and that quizwire does not settle it. */
  explanation: z.string(),
  credits: z.array(z.object({ speaker: z.string(), sources: z.array(z.object({ slug: z.string(), name: z.string() })) })),
});
export type LessonConflict = z.infer<typeof lessonConflictSchema>;

export const autoLessonSchema = z.object({
  slug: z.string(),
  title: z.string(),
  /** Templated sentences from the facts: who, what, when, where. */
  summary: z.array(z.string()),
  sources: z.array(lessonSourceSchema),
  people: z.array(lessonPersonSchema),
  timeline: z.array(timelineEntrySchema),
  places: z.array(lessonPlaceSchema),
  quotes: z.array(keyQuoteSchema),
  conflicts: z.array(lessonConflictSchema),
});
export type AutoLesson = z.infer<typeof autoLessonSchema>;

/** At most this many key quotes: the lesson picks, the articles keep the rest. */
export const MAX_KEY_QUOTES = 8;
const SUMMARY_PEOPLE = 3;
const SUMMARY_PLACES = 5;
const SUMMARY_DATES = 3;

export const CONFLICT_EXPLANATIONS: Record<ConflictKind, (speakers: number) => string> = {
  contradiction: (n) =>
    `${n === 2 ? "Two outlets credit" : "Outlets credit"} these words to different people. quizwire does not decide who is right: compare the sources.`,
  "organisation-member": () =>
    "One outlet credits these words to an organisation, another to a person who speaks for it. quizwire does not decide who is right: compare the sources.",
};

/** "Tuesday 18 March 2025", "March 2022" or "2024". */
export { formatDateValue };

/** "17 March 2025"; "17 and 18 March 2025"; "28 February and 3 March 2025". */
export function formatDayRange(first: string, last: string): string {
  const [y1, m1, d1] = first.split("-").map(Number) as [number, number, number];
  const [y2, m2, d2] = last.split("-").map(Number) as [number, number, number];
  const day = (y: number, m: number, d: number) => `${d} ${MONTHS[m - 1]} ${y}`;
  if (first === last) return day(y1, m1, d1);
  if (y1 === y2 && m1 === m2) return `${d1} and ${d2} ${MONTHS[m1 - 1]} ${y1}`;
  if (y1 === y2) return `${d1} ${MONTHS[m1 - 1]} and ${d2} ${MONTHS[m2 - 1]} ${y1}`;
  return `${day(y1, m1, d1)} and ${day(y2, m2, d2)}`;
}

/**
 * Chronological order where a coarser date sorts after the days inside it
 * ("2025-03-11" before "2025-03", "2025-03" before "2025"): day granularity
 * first, so the precise events lead and the vaguer ones follow them.
 */
export function compareDateValues(a: string, b: string): number {
  if (a === b) return 0;
  if (b.startsWith(a)) return 1;
  if (a.startsWith(b)) return -1;
  return a < b ? -1 : 1;
}

/** Joins names as people write them: "A", "A and B", "A, B and C". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

const fold = (role: string) => role.toLowerCase().replace(/[.\u2019']/g, "").replace(/\s+/g, " ").trim();

/** Distinct roles, most used first (ties: longer, then alphabetical), each in its most used spelling. */
export function rankRoles(roles: readonly string[]): string[] {
  const groups = new Map<string, string[]>();
  for (const role of roles) {
    const key = fold(role);
    if (!key) continue;
    groups.set(key, [...(groups.get(key) ?? []), role]);
  }
  const spelling = (forms: string[]) => {
    const counts = new Map<string, number>();
    for (const form of forms) counts.set(form, (counts.get(form) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  };
  return [...groups.entries()]
    .sort((a, b) => b[1].length - a[1].length || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))
    .map(([, forms]) => spelling(forms));
}

/** A quote without the trailing punctuation the quote marks were placed after ("now," → "now"). */
export function trimQuote(text: string): string {
  return text.replace(/[\s,;:]+$/u, "");
}

/** The first `words` words of a quote, with an ellipsis when cut. */
export function shortQuote(text: string, words = 12): string {
  const parts = trimQuote(text).split(/\s+/);
  return parts.length <= words ? parts.join(" ") : `${parts.slice(0, words).join(" ").replace(/[\s,;:.]+$/u, "")}…`;
}

/** Builds the lesson. `title` defaults to the story's only article title, else the story slug. */
export function buildAutoLesson(input: LessonInput, options: { title?: string } = {}): AutoLesson {
  const { story } = input;
  const names = sourceNames(input);
  const nameOf = (slug: string) => names.get(slug) ?? slug;
  const factsBySlug = new Map<string, ArticleFacts>(input.articles.map((a) => [a.article.slug, a.facts]));
  const bodyBySlug = new Map(input.articles.map((a) => [a.article.slug, a.article.body]));
  const fact = <K extends "quotes" | "dates" | "places" | "people" | "numbers">(slug: string, id: string, kind: K) =>
    (factsBySlug.get(slug)?.[kind] as ArticleFacts[K] | undefined)?.find((f) => f.id === id) as ArticleFacts[K][number] | undefined;
  const locate = (slug: string, start: number, end: number): LessonLocation => ({
    article: slug,
    source: nameOf(slug),
    start,
    end,
    paragraph: paragraphIndexAt(bodyBySlug.get(slug) ?? "", start),
  });

  const sources: LessonSource[] = story.articles.map((a) => ({
    slug: a.slug,
    name: nameOf(a.slug),
    title: a.title ?? input.articles.find((x) => x.article.slug === a.slug)?.article.frontmatter.title ?? a.slug,
    ...(a.outlet ? { outlet: a.outlet } : {}),
    published: a.published,
  }));

  // Quote groups credited to one person by every source that names a speaker.
  const quotedBy = new Map<string, number>();
  for (const group of story.quotes) {
    const id = group.speaker?.personId;
    if (id) quotedBy.set(id, (quotedBy.get(id) ?? 0) + 1);
  }
  const mentionsOf = (p: StoryPerson) => p.facts.reduce((sum, f) => sum + f.mentions, 0);
  const people: LessonPerson[] = [...story.people]
    .map((p) => ({
      person: p,
      lesson: {
        name: p.name,
        roles: rankRoles(p.roles.map((r) => r.role)),
        sources: distinctSources(p.facts).map((f) => nameOf(f.slug)),
        quoted: quotedBy.get(p.id) ?? 0,
      },
    }))
    .sort(
      (a, b) =>
        b.lesson.quoted - a.lesson.quoted ||
        b.lesson.sources.length - a.lesson.sources.length ||
        mentionsOf(b.person) - mentionsOf(a.person) ||
        (a.lesson.name < b.lesson.name ? -1 : 1),
    )
    .map((x) => x.lesson);

  // Timeline: one entry per merged date, from its confident reports; vague dates are skipped.
  const seenEvents = new Set<string>();
  const timeline: (TimelineEntry & { weight: number; rank: number })[] = [];
  story.dates.forEach((date, rank) => {
    if (date.value === null || date.granularity === "vague") return;
    const confident = date.reports
      .map((r) => ({ report: r, fact: fact(r.slug, r.factId, "dates") as DateFact | undefined }))
      .filter((x): x is { report: typeof x.report; fact: DateFact } => !!x.fact && x.fact.confidence >= MIN_LESSON_CONFIDENCE && x.fact.value === date.value);
    const first = confident[0];
    if (!first) return;
    const clause = first.fact.clause?.text ?? first.report.clause ?? first.fact.text;
    const key = `${date.value}\u0000${clause}`;
    if (seenEvents.has(key)) return;
    seenEvents.add(key);
    timeline.push({
      id: date.id,
      value: date.value,
      granularity: date.granularity,
      label: formatDateValue(date.value),
      text: first.fact.text,
      clause,
      location: locate(first.report.slug, first.fact.start, first.fact.end),
      sources: distinctSources(confident.map((x) => x.report)).map((r) => nameOf(r.slug)),
      weight: confident.length,
      rank,
    });
  });
  timeline.sort((a, b) => compareDateValues(a.value, b.value) || b.sources.length - a.sources.length || a.rank - b.rank);

  // Places: confident ones, the most widely reported first.
  const places: (LessonPlace & { mentions: number })[] = [];
  for (const place of story.places) {
    const confident = place.articles.filter((ref) => (fact(ref.slug, ref.factId, "places")?.confidence ?? 0) >= MIN_LESSON_CONFIDENCE);
    if (!confident.length) continue;
    places.push({
      name: place.name,
      kind: place.kind,
      kindLabel: PLACE_KIND_LABELS[place.kind],
      sources: distinctSources(confident).map((ref) => nameOf(ref.slug)),
      mentions: confident.reduce((sum, ref) => sum + ref.mentions.length, 0),
    });
  }
  places.sort((a, b) => b.sources.length - a.sources.length || b.mentions - a.mentions || (a.name < b.name ? -1 : 1));

  // Key quotes: an agreed speaker, confident reports only; corroborated first, then full before fragments.
  const candidates: (KeyQuote & { confidence: number; rank: number })[] = [];
  story.quotes.forEach((group, rank) => {
    if (!group.speaker) return;
    const confident = group.reports
      .map((r) => ({ report: r, fact: fact(r.slug, r.factId, "quotes") as QuoteFact | undefined }))
      .filter((x) => x.report.confidence >= MIN_LESSON_CONFIDENCE && x.report.speaker.name !== null);
    if (!confident.length) return;
    const longest = [...confident].sort((a, b) => b.report.text.length - a.report.text.length)[0]!;
    candidates.push({
      id: group.id,
      text: trimQuote(longest.report.text),
      kind: confident.some((x) => x.fact?.kind === "full") ? "full" : "fragment",
      speaker: group.speaker.name,
      sources: distinctSources(confident.map((x) => x.report)).map((r) => nameOf(r.slug)),
      location: locate(longest.report.slug, longest.report.start, longest.report.end),
      confidence: Math.max(...confident.map((x) => x.report.confidence)),
      rank,
    });
  });
  const quotes = candidates
    .sort(
      (a, b) =>
        b.sources.length - a.sources.length ||
        (a.kind === b.kind ? 0 : a.kind === "full" ? -1 : 1) ||
        b.confidence - a.confidence ||
        a.rank - b.rank,
    )
    .slice(0, MAX_KEY_QUOTES);

  const conflicts: LessonConflict[] = story.conflicts.map((c) => ({
    id: c.id,
    text: trimQuote(c.text),
    kind: c.kind,
    explanation: CONFLICT_EXPLANATIONS[c.kind](c.attributions.length),
    credits: c.attributions.map((a) => ({
      speaker: a.speaker.name,
      sources: distinctSources(a.articles).map((ref) => ({ slug: ref.slug, name: nameOf(ref.slug) })),
    })),
  }));

  const lessonPlaces = places.map(({ mentions: _m, ...p }) => p);
  const lessonTimeline = timeline.map(({ weight: _w, rank: _r, ...t }) => t);
  const keyQuotes = quotes.map(({ confidence: _c, rank: _r, ...q }) => q);
  const summary = summarise({ input, sources, people, timeline: lessonTimeline, places: lessonPlaces, quotes: keyQuotes, conflicts, factOf: fact });

  return autoLessonSchema.parse({
    slug: story.story,
    title: options.title ?? (sources.length === 1 ? sources[0]!.title : story.story),
    summary,
    sources,
    people,
    timeline: lessonTimeline,
    places: lessonPlaces,
    quotes: keyQuotes,
    conflicts,
  });
}

interface SummaryParts {
  input: LessonInput;
  sources: LessonSource[];
  people: LessonPerson[];
  timeline: TimelineEntry[];
  places: LessonPlace[];
  quotes: KeyQuote[];
  conflicts: LessonConflict[];
  factOf: (slug: string, id: string, kind: "numbers") => ArticleFacts["numbers"][number] | undefined;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Templated sentences, each filled only with facts: who, what, when, where. */
function summarise({ input, sources, people, timeline, places, quotes, conflicts, factOf }: SummaryParts): string[] {
  const sentences: string[] = [];
  if (sources.length) {
    const days = sources.map((s) => s.published).sort();
    const outlets = new Set(sources.map((s) => s.outlet ?? s.slug)).size;
    const when = days[0] === days.at(-1) ? `on ${formatDayRange(days[0]!, days[0]!)}` : `between ${formatDayRange(days[0]!, days.at(-1)!)}`;
    sentences.push(`Reported by ${plural(outlets, "outlet")} ${when}.`);
  }
  const quoted = people.filter((p) => p.quoted > 0).slice(0, SUMMARY_PEOPLE);
  const withRole = (p: LessonPerson) => (p.roles[0] ? `${p.name} (${p.roles[0]})` : p.name);
  if (quoted.length) sentences.push(`The people most quoted: ${listText(quoted.map(withRole))}.`);
  else if (people.length) sentences.push(`People named: ${listText(people.slice(0, SUMMARY_PEOPLE).map(withRole))}.`);
  const top = quotes[0];
  if (top && top.sources.length > 1) {
    sentences.push(`The words carried by the most outlets (${top.sources.length}): “${shortQuote(top.text)}”, credited to ${top.speaker}.`);
  }
  const numbers = input.story.numbers.filter(
    (n) => n.corroboratedBy > 1 && n.reports.some((r) => (factOf(r.slug, r.factId, "numbers")?.confidence ?? 0) >= MIN_LESSON_CONFIDENCE),
  );
  if (numbers.length) {
    sentences.push(`Figures in more than one outlet: ${listText(numbers.slice(0, 3).map((n) => `${n.value.toLocaleString("en-GB")} (${n.counted})`))}.`);
  }
  if (places.length) sentences.push(`Places: ${listText(places.slice(0, SUMMARY_PLACES).map((p) => p.name))}.`);
  const dayWeights = new Map<string, number>();
  for (const entry of timeline) if (entry.granularity === "day") dayWeights.set(entry.value, (dayWeights.get(entry.value) ?? 0) + entry.sources.length);
  const keyDays = [...dayWeights]
    .sort((a, b) => b[1] - a[1] || compareDateValues(a[0], b[0]))
    .slice(0, SUMMARY_DATES)
    .map(([value]) => value)
    .sort(compareDateValues);
  if (keyDays.length) sentences.push(`Key dates: ${listText(keyDays.map((day) => formatDateValue(day)))}.`);
  if (conflicts.length) {
    sentences.push(`${conflicts.length === 1 ? "One quote is" : `${conflicts.length} quotes are`} credited to different speakers by different outlets.`);
  }
  return sentences;
}
