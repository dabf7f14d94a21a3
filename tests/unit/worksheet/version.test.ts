import { describe, expect, it } from "vitest";
import { parseVersion, parseVersionList, versionOfSeed, versionSeed } from "../../../lib/worksheet/version.ts";

describe("versionSeed / versionOfSeed", () => {
  it.each([
    ["A", 1],
    ["B", 2],
    ["C", 3],
    ["Z", 26],
  ])("version %s is seed %i and back", (version, seed) => {
    expect(versionSeed(version)).toBe(seed);
    expect(versionOfSeed(seed)).toBe(version);
  });

  it.each(["a", "AA", "1", "", "Ä"])("refuses %j as a version", (raw) => {
    expect(() => versionSeed(raw)).toThrow(/capital letter/);
  });

  it.each([0, 27, 1.5, -1])("has no version for seed %d", (seed) => {
    expect(versionOfSeed(seed)).toBeUndefined();
  });
});

describe("parseVersion", () => {
  it.each([
    ["b", "B"],
    [" C ", "C"],
    ["A", "A"],
    ["AB", undefined],
    ["3", undefined],
    ["", undefined],
  ])("reads %j as %j", (raw, expected) => {
    expect(parseVersion(raw)).toBe(expected);
  });
});

describe("parseVersionList", () => {
  it.each([
    ["A,B", ["A", "B"]],
    ["A-D", ["A", "B", "C", "D"]],
    ["c, a ,b,a", ["A", "B", "C"]],
    ["A-C,F", ["A", "B", "C", "F"]],
    ["B-B", ["B"]],
  ])("reads %j as %j", (raw, expected) => {
    expect(parseVersionList(raw)).toEqual(expected);
  });

  it.each([
    ["A,BB", /"BB" is not a version/],
    ["A-", /"A-" is not a version/],
    ["A-B-C", /"A-B-C" is not a version/],
    ["D-A", /runs backwards: write it as "A-D"/],
    [" , ", /empty/],
  ])("refuses %j", (raw, message) => {
    expect(() => parseVersionList(raw)).toThrow(message);
  });
});
