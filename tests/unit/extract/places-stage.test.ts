import { describe, expect, it } from "vitest";
import { extractPlaces } from "../../../lib/extract/places-stage.ts";
import type { PersonFact } from "../../../lib/extract/fact-schema.ts";
import { contextFor } from "./extract-helpers.ts";

const CASES: [string, string, string][] = [
  ["Leaders gathered in Nairobi for the summit.", "Nairobi", "city"],
  ["The delegation flew to Saudi Arabia on Monday.", "Saudi Arabia", "country"],
  ["Washington will be worried by the result.", "Washington", "city"],
  ["The U.S. and Canada agreed on tariffs.", "U.S.", "country"],
  ["Brazil’s economy grew.", "Brazil", "country"],
  ["Engineers inspected the Bushehr nuclear power plant.", "Bushehr nuclear power plant", "site"],
  ["Crowds filled Tahrir Square again.", "Tahrir Square", "site"],
  ["Shelling hit Ukraine’s Eastern Donetsk region overnight.", "Donetsk", "region"],
  ["Fighting spread to the Idlib province.", "Idlib", "region"],
  ["Ships crossed the Black Sea at night.", "Black Sea", "water"],
  ["Growth slowed across Asia this spring.", "Asia", "continent"],
  ["WASHINGTON (AP) — The Senate voted late.", "Washington", "city"],
  ["The firm runs a site outside São Paulo.", "São Paulo", "city"],
  ["Shelling hit Gaza City again.", "Gaza City", "city"],
  ["Doctors said Al-Shifa hospital was barely working.", "Al-Shifa hospital", "site"],
  ["Councils in Surrey objected to the plan.", "Surrey", "region"],
  ["Ships avoided the Bab el-Mandeb Strait.", "Bab el-Mandeb Strait", "water"],
  ["Protesters gathered at the Capitol.", "Capitol", "site"],
  ["Doctors at the Kyiv hospital worked all night.", "Kyiv", "city"],
  ["Camps spread along the Willamette River.", "Willamette River", "water"],
  ["Fishing resumed on Lake Victoria.", "Lake Victoria", "water"],
  ["Hikers climbed Mount Rainier.", "Mount Rainier", "region"],
  ["The ice retreated on the Rhône Glacier.", "Rhône Glacier", "region"],
  ["He owns a bakery on Court Street.", "Court Street", "site"],
  ["A ban passed in Grants Pass, Ore., last year.", "Grants Pass", "city"],
  ["A ban passed in Grants Pass, Ore., last year.", "Ore.", "region"],
  ["SALEM, Ore. (AP) — The council voted.", "Salem", "city"],
  ["Farmers in the village of Ashcombe objected.", "Ashcombe", "city"],
  ["Cuts hit the London boroughs of Haringey and Lewisham.", "Lewisham", "region"],
  ["ZURICH — Glaciers shrank again.", "Zurich", "city"],
  ["Rain fell in Mato Grosso do Sul.", "Mato Grosso do Sul", "region"],
  ["Snow fell across the Andes.", "Andes", "region"],
];

describe("extractPlaces", () => {
  it.each(CASES)("%s → %s (%s)", (body, name, kind) => {
    const places = extractPlaces(contextFor(body), []);
    const found = places.find((p) => p.name === name || p.mentions.some((m) => m.text === name));
    expect(found, JSON.stringify(places.map((p) => p.name))).toBeDefined();
    expect(found?.kind).toBe(kind);
    for (const p of places) for (const m of p.mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
  });

  it("groups aliases under one place with every mention", () => {
    const body = "The UK sent aid. Britain also sent troops, and the UK will send more.";
    const places = extractPlaces(contextFor(body), []);
    expect(places).toHaveLength(1);
    expect(places[0]).toMatchObject({ name: "UK", canonical: "United Kingdom" });
    expect(places[0].mentions.map((m) => m.text)).toEqual(["UK", "Britain", "UK"]);
  });

  it("keeps a country that is also a modifier when it is named elsewhere", () => {
    const places = extractPlaces(contextFor("U.S. officials met. Later the U.S. said no."), []);
    expect(places.map((p) => p.mentions.length)).toEqual([1]);
  });

  it("drops a place inside a person the people stage found", () => {
    const body = "Georgia Meloni said it was time.";
    const person = { id: "p", article: "test", type: "person" as const, start: 0, end: 13, text: "Georgia Meloni", confidence: 1,
      name: "Georgia Meloni", aliases: [], roles: [], mentions: [{ start: 0, end: 14, text: "Georgia Meloni" }] } satisfies PersonFact;
    expect(extractPlaces(contextFor(body), [person])).toEqual([]);
  });

  it("keeps a site named after a person even where the people stage took it for one", () => {
    const body = "Flights from Ben Gurion Airport resumed.";
    const person = { id: "p", article: "test", type: "person" as const, start: 13, end: 31, text: "Ben Gurion Airport", confidence: 1,
      name: "Ben Gurion Airport", aliases: [], roles: [], mentions: [{ start: 13, end: 31, text: "Ben Gurion Airport" }] } satisfies PersonFact;
    expect(extractPlaces(contextFor(body), [person]).map((p) => p.name)).toEqual(["Ben Gurion Airport"]);
  });
});

const NOT_PLACES = [
  "Ukrainian troops held the line.",
  "Jordan Peterson gave a lecture.",
  "The White House said nothing.",
  "The Kremlin declined to comment.",
  "NATO allies met in private.",
  "US President Joe Biden spoke.",
  "U.S. officials declined to comment.",
  "The Special Envoy for the Middle East resigned.",
  "She reads the Washington Post daily.",
  "The Russian region was shelled.",
  "BREAKING: Markets fell sharply.",
  "Downing Street said the plan was ready.",
  "Rep. Dale Whitcombe, R-Tenn., spoke.",
  "Smith, Jones and Brown signed.",
  "Lake Street Bank reported profits.",
  "The Swiss Glacier Fund met.",
  "Sen. Ana Ruiz, a Democrat, spoke in June.",
];

describe("extractPlaces negative cases", () => {
  it.each(NOT_PLACES)("finds no place in %s", (body) => {
    expect(extractPlaces(contextFor(body), []).map((p) => p.name)).toEqual([]);
  });
});
