import { describe, expect, it } from "vitest";
import { mergeStory } from "../../../lib/story/merge-story.ts";
import { storyFactsSchema } from "../../../lib/story/story-schema.ts";
import { article } from "./story-fixtures.ts";

const MACRON_LAMMY = [
  article({
    slug: "live-page",
    outlet: "Live Wire",
    body: "“Enough deaths. Enough lives destroyed. The guns must fall silent,” Emmanuel Macron said on X.",
    people: [{ name: "Emmanuel Macron", roles: ["French President"] }],
    quotes: [{ text: "Enough deaths. Enough lives destroyed. The guns must fall silent,", speaker: "Emmanuel Macron" }],
  }),
  article({
    slug: "daily-report",
    outlet: "Daily Report",
    published: "2025-03-17",
    body: "David Lammy told MPs: ‘Enough deaths. Enough lives destroyed. The guns must fall silent.’",
    people: [{ name: "David Lammy", roles: ["UK Foreign Secretary"] }],
    quotes: [{ text: "Enough deaths. Enough lives destroyed. The guns must fall silent.", speaker: "David Lammy" }],
  }),
];

describe("cross-outlet conflicts", () => {
  it("keeps both speakers and both sources when outlets credit the same words to different people", () => {
    const story = mergeStory("ceasefire", MACRON_LAMMY);
    expect(storyFactsSchema.parse(story)).toEqual(story);
    expect(story.quotes).toHaveLength(1);
    const group = story.quotes[0]!;
    expect(group.speaker).toBeNull();
    expect(group.outlets).toEqual(["Daily Report", "Live Wire"]);
    expect(group.corroboratedBy).toBe(2);
    expect(story.conflicts).toHaveLength(1);
    const conflict = story.conflicts[0]!;
    expect(conflict.kind).toBe("contradiction");
    expect(conflict.quoteGroupId).toBe(group.id);
    expect(conflict.attributions.map((a) => [a.speaker.name, a.articles.map((r) => [r.slug, r.outlet])])).toEqual([
      ["David Lammy", [["daily-report", "Daily Report"]]],
      ["Emmanuel Macron", [["live-page", "Live Wire"]]],
    ]);
  });

  const orgCases = [
    { name: "organisation and its press secretary", role: "White House Press Secretary", org: "White House", kind: "organisation-member" },
    { name: "organisation named with 'the'", role: "White House press secretary", org: "the White House", kind: "organisation-member" },
    { name: "organisation the person does not belong to", role: "White House Press Secretary", org: "Kremlin", kind: "contradiction" },
    { name: "person without a role", role: null, org: "White House", kind: "contradiction" },
  ] as const;
  it.each(orgCases)("$name → $kind", ({ role, org, kind }) => {
    const story = mergeStory("call", [
      article({
        slug: "a",
        body: `The ${org} said peace had “never been closer”.`.replace("The the", "The"),
        quotes: [{ text: "never been closer", speaker: org, kind: "organisation" }],
      }),
      article({
        slug: "b",
        body: "Karoline Leavitt said peace had ‘never been closer’.",
        people: [{ name: "Karoline Leavitt", roles: role ? [role] : [] }],
        quotes: [{ text: "never been closer", speaker: "Karoline Leavitt" }],
      }),
    ]);
    expect(story.quotes).toHaveLength(1);
    expect(story.conflicts.map((c) => c.kind)).toEqual([kind]);
    expect(story.conflicts[0]!.attributions.map((a) => a.speaker.kind).sort()).toEqual(["organisation", "person"]);
  });

  it("does not count an unknown speaker against a known one", () => {
    const story = mergeStory("call", [
      MACRON_LAMMY[0]!,
      article({
        slug: "wire",
        body: "‘Enough deaths. Enough lives destroyed. The guns must fall silent,’ a statement read.",
        quotes: [{ text: "Enough deaths. Enough lives destroyed. The guns must fall silent,", speaker: null }],
      }),
    ]);
    expect(story.conflicts).toEqual([]);
    expect(story.quotes[0]!.speaker?.name).toBe("Emmanuel Macron");
    expect(story.quotes[0]!.reports.map((r) => r.speaker.kind).sort()).toEqual(["person", "unknown"]);
  });

  it("drops the conflict when a teacher corrects one outlet to agree, and keeps it when the correction disagrees", () => {
    const agreeing = article({
      slug: "daily-report",
      body: "Emmanuel Macron told MPs: ‘Enough deaths. Enough lives destroyed. The guns must fall silent.’",
      people: [{ name: "Emmanuel Macron" }],
      quotes: [{ text: "Enough deaths. Enough lives destroyed. The guns must fall silent.", speaker: "Emmanuel Macron", corrected: true }],
    });
    const settled = mergeStory("call", [MACRON_LAMMY[0]!, agreeing]);
    expect(settled.conflicts).toEqual([]);
    expect(settled.quotes[0]!.speaker?.name).toBe("Emmanuel Macron");
    expect(settled.quotes[0]!.reports.map((r) => [r.slug, r.corrected])).toEqual([
      ["daily-report", true],
      ["live-page", false],
    ]);

    const third = article({
      slug: "daily-report",
      body: "Keir Starmer told MPs: ‘Enough deaths. Enough lives destroyed. The guns must fall silent.’",
      quotes: [{ text: "Enough deaths. Enough lives destroyed. The guns must fall silent.", speaker: "Keir Starmer", corrected: true }],
    });
    const kept = mergeStory("call", [MACRON_LAMMY[0]!, third]);
    expect(kept.conflicts).toHaveLength(1);
    expect(kept.conflicts[0]!.attributions.find((a) => a.speaker.name === "Keir Starmer")!.articles[0]!.corrected).toBe(true);
  });
});

describe("quote grouping", () => {
  const LONG = "Thousands of young soldiers are being killed. Each week brings 2,500 soldier deaths, from both sides, and it must end NOW,";
  const TRIMMED = "Each week brings 2,500 soldier deaths, from both sides, and it must end NOW.";

  it("treats a quote with and without a leading sentence as one quotation carried by two outlets", () => {
    const story = mergeStory("call", [
      article({ slug: "one", outlet: "One", body: `Trump wrote: “${LONG}”`, quotes: [{ text: LONG, speaker: "Donald Trump" }] }),
      article({ slug: "two", outlet: "Two", body: `Trump wrote: ‘${TRIMMED}’`, quotes: [{ text: TRIMMED, speaker: "Donald Trump" }] }),
    ]);
    expect(story.quotes).toHaveLength(1);
    expect(story.quotes[0]!.text).toBe(LONG);
    expect(story.quotes[0]!.corroboratedBy).toBe(2);
    expect(story.quotes[0]!.speaker?.name).toBe("Donald Trump");
    expect(story.conflicts).toEqual([]);
  });

  it("matches an elided quote against the full one", () => {
    const full = "We’ll be talking about land. We’ll be talking about power plants. I think a lot of it is discussed. We’re already talking about dividing up certain assets.";
    const elided = "We’ll be talking about land. We’ll be talking about power plants […] We’re already talking about dividing up certain assets.";
    const story = mergeStory("call", [
      article({ slug: "one", body: `He said “${full}”`, quotes: [{ text: full, speaker: "Donald Trump" }] }),
      article({ slug: "two", body: `He said “${elided}”`, quotes: [{ text: elided, speaker: "Donald Trump" }] }),
    ]);
    expect(story.quotes.map((q) => q.reports.length)).toEqual([2]);
  });

  // Each row: two quotes from two outlets, and whether they must end up as one group.
  const pairs = [
    { name: "same one-word fragment, different people", a: ["courage", "Emmanuel Macron"], b: ["courage", "David Lammy"], merged: false },
    { name: "same one-word fragment, same person", a: ["courage", "Emmanuel Macron"], b: ["courage", "Emmanuel Macron"], merged: true },
    { name: "same two-word fragment, one unknown speaker", a: ["no sign", "David Lammy"], b: ["no sign", null], merged: true },
    { name: "two-word fragments differing by a letter", a: ["no sign", "David Lammy"], b: ["no signs", "David Lammy"], merged: false },
    { name: "short fragment inside a longer quote", a: ["courage", "Emmanuel Macron"], b: ["it takes courage to stop", "Emmanuel Macron"], merged: false },
    { name: "3-word fragment inside another person's quote", a: ["we never do", "Dmitry Peskov"], b: ["we never do deals with anyone", "Donald Trump"], merged: false },
    { name: "3-word fragment inside the same person's quote", a: ["dividing up assets", "Donald Trump"], b: ["we are dividing up assets now", "Donald Trump"], merged: true },
    { name: "unrelated full quotes sharing words", a: ["This proposal could have been implemented long ago", "Volodymyr Zelensky"], b: ["every day in wartime means human lives long ago", "Volodymyr Zelensky"], merged: false },
    { name: "same words, different punctuation and case", a: ["Full and unconditional ceasefire now,", "David Lammy"], b: ["full and unconditional ceasefire NOW", "David Lammy"], merged: true },
  ] as const;
  it.each(pairs)("$name → merged: $merged", ({ a, b, merged }) => {
    const story = mergeStory("s", [
      article({ slug: "a", body: `Said: “${a[0]}”.`, quotes: [{ text: a[0], speaker: a[1] }] }),
      article({ slug: "b", body: `Said: ‘${b[0]}’.`, quotes: [{ text: b[0], speaker: b[1] }] }),
    ]);
    expect(story.quotes.map((q) => q.reports.map((r) => r.slug))).toEqual(merged ? [["a", "b"]] : [["a"], ["b"]]);
    expect(story.conflicts).toEqual([]);
  });

  it("leaves an unknown-speaker fragment alone when two people said those words", () => {
    const story = mergeStory("s", [
      article({ slug: "a", body: "Macron praised his “courage”.", quotes: [{ text: "courage", speaker: "Emmanuel Macron" }] }),
      article({ slug: "b", body: "Lammy praised his “courage”.", quotes: [{ text: "courage", speaker: "David Lammy" }] }),
      article({ slug: "c", body: "Someone praised his “courage”.", quotes: [{ text: "courage", speaker: null }] }),
    ]);
    expect(story.quotes.map((q) => q.reports.map((r) => r.slug))).toEqual([["a"], ["b"], ["c"]]);
  });

  it("resolves a speaker written as a spelling variant to the merged person", () => {
    const story = mergeStory("s", [
      article({
        slug: "a",
        body: "Volodymyr Zelensky said “every day in wartime means human lives”.",
        people: [{ name: "Volodymyr Zelensky" }],
        quotes: [{ text: "every day in wartime means human lives", speaker: "Volodymyr Zelensky" }],
      }),
      article({
        slug: "b",
        body: "Volodymyr Zelenskyy said “every day in wartime means human lives”.",
        people: [{ name: "Volodymyr Zelenskyy" }],
        quotes: [{ text: "every day in wartime means human lives", speaker: "Volodymyr Zelenskyy" }],
      }),
    ]);
    expect(story.conflicts).toEqual([]);
    expect(story.people).toHaveLength(1);
    // One outlet each: the tie goes to the longer spelling.
    expect(story.quotes[0]!.speaker).toEqual({ name: "Volodymyr Zelenskyy", kind: "person", personId: story.people[0]!.id });
    expect(story.quotes[0]!.reports.map((r) => r.storyPersonId)).toEqual([story.people[0]!.id, story.people[0]!.id]);
  });
});
