import { describe, expect, test } from "vitest";
import { PronounRefiner } from "../../../lib/extract/pronoun-refiner.ts";

describe("PronounRefiner", () => {
  test("takes the most recent focus of a compatible gender", () => {
    const refiner = new PronounRefiner(["male", "female"]);
    refiner.record(0, 1, null);
    refiner.record(1, 0, null);
    expect(refiner.person("female", 2)?.person).toBe(1);
    expect(refiner.person("male", 2)?.person).toBe(0);
  });

  test("learns gender from a resolved pronoun", () => {
    const refiner = new PronounRefiner([null, null]);
    refiner.record(0, 0, null);
    expect(refiner.person("male", 1)?.person).toBe(0);
    refiner.record(1, 1, null);
    refiner.record(2, 0, null);
    expect(refiner.person("female", 3)?.person).toBe(1);
  });

  test("gives up when the referent is too far back or absent", () => {
    const refiner = new PronounRefiner([null]);
    expect(refiner.person("male", 0)).toBeNull();
    refiner.record(0, 0, null);
    expect(refiner.person("male", 20)).toBeNull();
  });

  test("they and it take an organisation or group", () => {
    const refiner = new PronounRefiner([]);
    refiner.record(0, -1, { name: "Foreign Ministry", kind: "organisation" });
    expect(refiner.other(1)?.name).toBe("Foreign Ministry");
    expect(refiner.other(9)).toBeNull();
  });
});
