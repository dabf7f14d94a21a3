import { describe, expect, it } from "vitest";
import { mergeStory } from "../../../lib/story/merge-story.ts";
import { article } from "./story-fixtures.ts";

describe("places", () => {
  it("merges places by canonical name and keeps mentions per article", () => {
    const story = mergeStory("s", [
      article({ slug: "a", body: "Talks in the Kremlin and in Kyiv.", places: [{ name: "Kremlin", kind: "other" }, { name: "Kyiv", kind: "city" }] }),
      article({ slug: "b", body: "The Kremlin said so.", places: [{ name: "The Kremlin", kind: "other" }] }),
      article({ slug: "c", body: "In Austria and Australia.", places: [{ name: "Austria" }, { name: "Australia" }] }),
    ]);
    expect(story.places.map((p) => [p.name, p.articles.map((a) => a.slug)])).toEqual([
      ["Australia", ["c"]],
      ["Austria", ["c"]],
      ["Kremlin", ["a", "b"]],
      ["Kyiv", ["a"]],
    ]);
    expect(story.places[2]!.articles[1]!.mentions).toEqual([{ start: 0, end: 11, text: "The Kremlin" }]);
  });

  it("joins spellings the extractor gave one canonical name", () => {
    const story = mergeStory("s", [
      article({ slug: "a", body: "The U.S. said so.", places: [{ name: "U.S.", canonical: "United States" }] }),
      article({ slug: "b", body: "The United States said so.", places: [{ name: "United States", canonical: "United States" }] }),
      article({ slug: "c", body: "America said so.", places: [{ name: "America" }] }),
    ]);
    expect(story.places.map((p) => [p.name, p.articles.map((a) => [a.slug, a.mentions[0]!.text])])).toEqual([
      ["America", [["c", "America"]]],
      ["United States", [["a", "U.S."], ["b", "United States"]]],
    ]);
  });
});

describe("dates", () => {
  const cases = [
    {
      name: "same value, similar clauses → one date reported by two outlets",
      a: { text: "on Tuesday", value: "2025-03-18", clause: "Trump will speak with Putin on Tuesday" },
      b: { text: "Tuesday", value: "2025-03-18", clause: "Putin and Trump speak by phone Tuesday" },
      merged: true,
    },
    {
      name: "same value, unrelated clauses → two dates",
      a: { text: "on Tuesday", value: "2025-03-18", clause: "Trump will speak with Putin on Tuesday" },
      b: { text: "on Tuesday", value: "2025-03-18", clause: "markets in London fell sharply on Tuesday" },
      merged: false,
    },
    {
      name: "different values → two dates",
      a: { text: "on Tuesday", value: "2025-03-18", clause: "Trump will speak with Putin on Tuesday" },
      b: { text: "on Monday", value: "2025-03-17", clause: "Trump will speak with Putin on Monday" },
      merged: false,
    },
    { name: "same value, no clauses → one date", a: { text: "in March 2022", value: "2022-03" }, b: { text: "March 2022", value: "2022-03" }, merged: true },
    { name: "vague dates with the same words", a: { text: "recent weeks", value: null }, b: { text: "Recent weeks", value: null }, merged: true },
    { name: "vague dates with different words", a: { text: "recent weeks", value: null }, b: { text: "long ago", value: null }, merged: false },
  ];
  it.each(cases)("$name", ({ a, b, merged }) => {
    const story = mergeStory("s", [
      article({ slug: "a", outlet: "A", body: `${a.clause ?? a.text}.`, dates: [a] }),
      article({ slug: "b", outlet: "B", body: `${b.clause ?? b.text}.`, dates: [b] }),
    ]);
    expect(story.dates.map((d) => d.reports.map((r) => r.slug))).toEqual(merged ? [["a", "b"]] : [["a"], ["b"]]);
    expect(story.dates.map((d) => d.corroboratedBy)).toEqual(merged ? [2] : [1, 1]);
    expect(story.dates[0]!.value).toBe(a.value);
  });
});

describe("numbers", () => {
  const cases = [
    { name: "same value, same thing counted", a: [2500, "soldier deaths each week"], b: [2500, "soldier deaths a week"], merged: true },
    { name: "same value, other thing counted", a: [30, "day ceasefire"], b: [30, "prisoners exchanged"], merged: false },
    { name: "other value, same thing counted", a: [2500, "soldier deaths"], b: [2000, "soldier deaths"], merged: false },
  ] as const;
  it.each(cases)("$name", ({ a, b, merged }) => {
    const story = mergeStory("s", [
      article({ slug: "a", body: `${a[0]} ${a[1]}`, numbers: [{ text: String(a[0]), value: a[0], counted: a[1] }] }),
      article({ slug: "b", body: `${b[0]} ${b[1]}`, numbers: [{ text: String(b[0]), value: b[0], counted: b[1] }] }),
    ]);
    expect(story.numbers.map((n) => n.reports.map((r) => r.slug))).toEqual(merged ? [["a", "b"]] : [["a"], ["b"]]);
  });
});
