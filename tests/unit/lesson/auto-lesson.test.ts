import { describe, expect, it } from "vitest";
import {
  autoLessonSchema,
  buildAutoLesson,
  compareDateValues,
  CONFLICT_EXPLANATIONS,
  formatDayRange,
  listText,
  rankRoles,
  shortQuote,
} from "../../../lib/lesson/auto-lesson.ts";
import { sourceName } from "../../../lib/lesson/sources.ts";
import { lessonInput, withConfidence } from "./lesson-fixtures.ts";

const CALL = lessonInput("call", [
  {
    slug: "daily",
    outlet: "Daily Report",
    published: "2025-03-17",
    body: [
      "U.S. President Donald Trump said on Monday: “We will be talking about land and power plants.”",
      "David Lammy told MPs: ‘Enough deaths. Enough lives destroyed. The guns must fall silent.’",
      "The talks in Saudi Arabia follow talks in Jeddah. Russia has occupied the plant since March 2022.",
    ].join("\n\n"),
    people: [
      { name: "Donald Trump", roles: ["U.S. President"] },
      { name: "David Lammy", roles: ["UK Foreign Secretary"] },
    ],
    quotes: [
      { text: "We will be talking about land and power plants.", speaker: "Donald Trump" },
      { text: "Enough deaths. Enough lives destroyed. The guns must fall silent.", speaker: "David Lammy" },
    ],
    places: [
      { name: "Saudi Arabia", kind: "country" },
      { name: "Jeddah", kind: "city" },
      { name: "Russia", kind: "country" },
    ],
    dates: [
      { text: "on Monday", value: "2025-03-17", clause: "U.S. President Donald Trump said on Monday" },
      { text: "March 2022", value: "2022-03", clause: "Russia has occupied the plant since March 2022." },
    ],
  },
  {
    slug: "no-outlet",
    title: "Trump and Putin talk",
    published: "2025-03-18",
    body: [
      "“We will be talking about land and power plants,” US President Donald Trump said. Talks were held in Saudi Arabia.",
      "“Enough deaths. Enough lives destroyed. The guns must fall silent,” Emmanuel Macron wrote. The call took place on Tuesday, and in recent weeks Russia advanced.",
      "“Hi,” said Donald Trump.",
    ].join("\n\n"),
    people: [
      { name: "Donald Trump", roles: ["US President"] },
      { name: "Emmanuel Macron", roles: ["French President"] },
    ],
    quotes: [
      { text: "We will be talking about land and power plants,", speaker: "Donald Trump" },
      { text: "Enough deaths. Enough lives destroyed. The guns must fall silent,", speaker: "Emmanuel Macron" },
      { text: "Hi,", speaker: "Donald Trump" },
    ],
    places: [{ name: "Saudi Arabia", kind: "country" }],
    dates: [
      { text: "on Tuesday", value: "2025-03-18", clause: "The call took place on Tuesday" },
      { text: "in recent weeks", value: null, clause: "in recent weeks Russia advanced." },
    ],
  },
]);

const lesson = buildAutoLesson(CALL, { title: "The call" });

describe("buildAutoLesson", () => {
  it("returns a lesson that matches its schema, titled as asked", () => {
    expect(autoLessonSchema.parse(lesson)).toEqual(lesson);
    expect(lesson.title).toBe("The call");
    expect(lesson.slug).toBe("call");
  });

  it("names each source by its outlet, or by its title when it has none", () => {
    expect(lesson.sources.map((s) => [s.slug, s.name])).toEqual([
      ["daily", "Daily Report"],
      ["no-outlet", "Trump and Putin talk"],
    ]);
  });

  it.each([
    ["Reported by 2 outlets between 17 and 18 March 2025."],
    ["The people most quoted: Donald Trump (U.S. President)."],
    ["Places: Saudi Arabia, Jeddah and Russia."],
    ["Key dates: Monday 17 March 2025 and Tuesday 18 March 2025."],
    ["One quote is credited to different speakers by different outlets."],
  ])("summary says: %s", (sentence) => {
    expect(lesson.summary).toContain(sentence);
  });

  it("builds every summary sentence from facts only: each name, place and date in it is a fact of the story", () => {
    const known = [
      ...CALL.story.people.map((p) => p.name),
      ...CALL.story.places.map((p) => p.name),
      ...lesson.timeline.map((t) => t.label),
      ...lesson.quotes.map((q) => q.text),
    ];
    for (const sentence of lesson.summary) {
      const capitalised = sentence.match(/\b[A-Z][a-z]+(?: [A-Z][a-z]+)*/g) ?? [];
      for (const word of capitalised) {
        const allowed = ["Reported", "The", "Places", "Key", "One", "Monday", "Tuesday", "March", "President", "U", "S", "People"];
        if (allowed.includes(word)) continue;
        expect(known.some((k) => k.includes(word)), `${word} in “${sentence}”`).toBe(true);
      }
    }
  });

  it("lists key people with their roles and the sources that name them; most quoted first", () => {
    expect(lesson.people.map((p) => [p.name, p.roles, p.sources, p.quoted])).toEqual([
      ["Donald Trump", ["U.S. President"], ["Daily Report", "Trump and Putin talk"], 2],
      ["David Lammy", ["UK Foreign Secretary"], ["Daily Report"], 0],
      ["Emmanuel Macron", ["French President"], ["Trump and Putin talk"], 0],
    ]);
  });

  it("orders the timeline by date, skips vague dates, and keeps each date's clause and offsets", () => {
    expect(lesson.timeline.map((t) => [t.value, t.label, t.clause, t.location.article])).toEqual([
      ["2022-03", "March 2022", "Russia has occupied the plant since March 2022.", "daily"],
      ["2025-03-17", "Monday 17 March 2025", "U.S. President Donald Trump said on Monday", "daily"],
      ["2025-03-18", "Tuesday 18 March 2025", "The call took place on Tuesday", "no-outlet"],
    ]);
    for (const t of lesson.timeline) {
      const body = CALL.articles.find((a) => a.article.slug === t.location.article)!.article.body;
      expect(body.slice(t.location.start, t.location.end)).toBe(t.text);
    }
    expect(lesson.timeline[0]!.location.paragraph).toBe(2);
  });

  it("lists places with their kind, most widely reported first", () => {
    expect(lesson.places.map((p) => [p.name, p.kindLabel, p.sources.length])).toEqual([
      ["Saudi Arabia", "country", 2],
      ["Jeddah", "city", 1],
      ["Russia", "country", 1],
    ]);
  });

  it("picks key quotes: agreed speaker, corroborated first, full before fragments, with every outlet carrying them", () => {
    expect(lesson.quotes.map((q) => [q.speaker, q.text, q.sources, q.kind])).toEqual([
      ["Donald Trump", "We will be talking about land and power plants.", ["Daily Report", "Trump and Putin talk"], "full"],
      ["Donald Trump", "Hi", ["Trump and Putin talk"], "fragment"],
    ]);
  });

  it("leaves out quotes whose attribution is not confident", () => {
    const shaky = buildAutoLesson(withConfidence(CALL, "no-outlet", 0.5));
    expect(shaky.quotes.map((q) => [q.text, q.sources])).toEqual([["We will be talking about land and power plants.", ["Daily Report"]]]);
    expect(shaky.timeline.map((t) => t.value)).toEqual(["2022-03", "2025-03-17"]);
  });
});

describe("sources disagree", () => {
  it("makes a callout for each conflict naming each credited speaker with the sources that credit them", () => {
    expect(lesson.conflicts).toHaveLength(1);
    const [conflict] = lesson.conflicts;
    expect(conflict!.text).toBe("Enough deaths. Enough lives destroyed. The guns must fall silent.");
    expect(conflict!.kind).toBe("contradiction");
    expect(conflict!.explanation).toBe(
      "Two outlets credit these words to different people. quizwire does not decide who is right: compare the sources.",
    );
    expect(conflict!.credits).toEqual([
      { speaker: "David Lammy", sources: [{ slug: "daily", name: "Daily Report" }] },
      { speaker: "Emmanuel Macron", sources: [{ slug: "no-outlet", name: "Trump and Putin talk" }] },
    ]);
  });

  it("explains an organisation and its spokesperson differently", () => {
    const input = lessonInput("org", [
      { slug: "a", body: "The White House said peace had “never been closer”.", quotes: [{ text: "never been closer", speaker: "White House", kind: "organisation" }] },
      {
        slug: "b",
        body: "Karoline Leavitt said peace had ‘never been closer’.",
        people: [{ name: "Karoline Leavitt", roles: ["White House Press Secretary"] }],
        quotes: [{ text: "never been closer", speaker: "Karoline Leavitt" }],
      },
    ]);
    const [conflict] = buildAutoLesson(input).conflicts;
    expect(conflict!.kind).toBe("organisation-member");
    expect(conflict!.explanation).toBe(CONFLICT_EXPLANATIONS["organisation-member"](2));
    expect(conflict!.explanation).toMatch(/does not decide who is right/);
    expect(conflict!.credits.map((c) => c.speaker).sort()).toEqual(["Karoline Leavitt", "White House"]);
  });
});

describe("empty facts", () => {
  it("gives a lesson with empty sections and a summary that only says what is known", () => {
    const bare = buildAutoLesson(lessonInput("bare", [{ slug: "plain", title: "A plain report", published: "2025-01-02", body: "Nothing much happened." }]));
    expect(bare.title).toBe("A plain report");
    expect(bare.summary).toEqual(["Reported by 1 outlet on 2 January 2025."]);
    expect([bare.people, bare.timeline, bare.places, bare.quotes, bare.conflicts]).toEqual([[], [], [], [], []]);
  });
});

describe("helpers", () => {
  it.each([
    ["2025-03-17", "2025-03-17", "17 March 2025"],
    ["2025-03-17", "2025-03-18", "17 and 18 March 2025"],
    ["2025-02-28", "2025-03-03", "28 February and 3 March 2025"],
    ["2024-12-31", "2025-01-01", "31 December 2024 and 1 January 2025"],
  ])("formatDayRange(%s, %s) = %s", (a, b, text) => {
    expect(formatDayRange(a, b)).toBe(text);
  });

  it.each([
    [["2025", "2025-03", "2025-03-11", "2024-08", "2025-02-12"], ["2024-08", "2025-02-12", "2025-03-11", "2025-03", "2025"]],
    [["2025-03-18", "2025-03-17"], ["2025-03-17", "2025-03-18"]],
  ])("compareDateValues sorts %j chronologically, days before the month and year holding them", (values, sorted) => {
    expect([...values].sort(compareDateValues)).toEqual(sorted);
  });

  it.each([
    [["President", "U.S. President", "US President", "US President", "President", "President"], ["US President", "President"]],
    [["UK Foreign Secretary", "UK Foreign Secretary"], ["UK Foreign Secretary"]],
    [[], []],
  ])("rankRoles(%j) = %j", (roles, ranked) => {
    expect(rankRoles(roles)).toEqual(ranked);
  });

  it.each([
    [[], ""],
    [["A"], "A"],
    [["A", "B"], "A and B"],
    [["A", "B", "C"], "A, B and C"],
  ])("listText(%j) = %s", (items, text) => {
    expect(listText(items)).toBe(text);
  });

  it("shortens long quotes at a word with an ellipsis", () => {
    expect(shortQuote("one two three four, five", 4)).toBe("one two three four…");
    expect(shortQuote("short one,", 4)).toBe("short one");
  });

  it.each([
    [{ slug: "s", outlet: "Live Mint", title: "T" }, "Live Mint"],
    [{ slug: "s", title: "T" }, "T"],
    [{ slug: "s" }, "s"],
  ])("sourceName(%j) = %s", (article, name) => {
    expect(sourceName(article)).toBe(name);
  });
});
