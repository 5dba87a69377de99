import { describe, expect, it } from "vitest";
import { summarize } from "../../src/summary/index.js";
import { corpusOf, palmyre, realAliases } from "./fixtures.js";

// What a reader must get from the short summary of the real article: who does what, where, and
// what comes next.
describe("the short summary of the Palmyre article", () => {
  const result = summarize(corpusOf([palmyre()], realAliases()), { length: "short" });
  if (result.kind !== "summary") throw new Error(`expected a summary, got ${result.kind}`);
  const text = result.sentences.map((sentence) => sentence.text).join(" ");

  it("says who acts and against whom: the Syrian regime's troops against the Etat islamique", () => {
    expect(text).toMatch(/troupes du régime syrien de Bachar Al-Assad/);
    expect(text).toMatch(/Etat islamique/);
  });

  it("says where: Palmyre, in central Syria", () => {
    expect(text).toMatch(/Palmyre/);
    expect(text).toMatch(/centre de la Syrie/);
  });

  it("says what comes next: a goal or a next target", () => {
    expect(text).toMatch(/objectif|veulent|reprendre|s’emparer|ouvrirait|faudra/);
  });

  it("fits easily in a Discord embed description", () => {
    expect(result.sentences.length).toBeGreaterThanOrEqual(2);
    expect(result.sentences.length).toBeLessThanOrEqual(3);
    expect(text.length).toBeLessThan(1500);
  });
});
