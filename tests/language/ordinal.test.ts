import { describe, expect, it } from "vitest";
import { ordinalSpellings } from "../../src/language/ordinal.js";

describe("ordinalSpellings", () => {
  it("spells an ordinal in figures in words, by the regular rule", () => {
    expect(ordinalSpellings("3e")).toEqual(["troisième"]);
    expect(ordinalSpellings("4ème")).toEqual(["quatrième"]);
    expect(ordinalSpellings("5eme")).toEqual(["cinquième"]);
    expect(ordinalSpellings("9e")).toEqual(["neuvième"]);
    expect(ordinalSpellings("1er")).toEqual(["premier", "première"]);
    expect(ordinalSpellings("2nde")).toContain("seconde");
  });

  it("spells an ordinal word in figures, but not `premier` or `second`", () => {
    expect(ordinalSpellings("Troisième")).toEqual(["3e", "3ème"]);
    expect(ordinalSpellings("douzième")).toEqual(["12e", "12ème"]);
    expect(ordinalSpellings("premier")).toEqual([]);
    expect(ordinalSpellings("seconde")).toEqual([]);
  });

  it("leaves other words and numbers alone", () => {
    expect(ordinalSpellings("2020")).toEqual([]);
    expect(ordinalSpellings("17e")).toEqual([]);
    expect(ordinalSpellings("thème")).toEqual([]);
  });
});
