import { describe, expect, it } from "vitest";
import { PassageTerms } from "../../src/search/passage-terms.js";

function termsOf(lengths: readonly number[]): PassageTerms {
  const terms = new PassageTerms();
  for (const length of lengths) terms.add(length);
  return terms;
}

describe("PassageTerms", () => {
  it("keeps each passage's length and their exact average", () => {
    const terms = termsOf([6, 1, 5]);
    expect(terms.length(0)).toBe(6);
    expect(terms.length(2)).toBe(5);
    expect(terms.length(3)).toBe(0);
    expect(terms.length(-1)).toBe(0);
    expect(terms.averageLength).toBe(4);
  });

  it("empties a removed passage's slot without renumbering the others", () => {
    const terms = termsOf([6, 1, 5]);
    terms.remove(1);
    terms.remove(1);
    expect(terms.slots).toBe(3);
    expect(terms.length(1)).toBe(0);
    expect(terms.length(2)).toBe(5);
    expect(terms.averageLength).toBe(5.5);
  });

  it("lets a copy and its original change apart", () => {
    const original = termsOf([6, 1, 5]);
    const copy = original.copy();
    copy.add(3);
    copy.remove(0);
    original.add(9);
    expect(copy.length(3)).toBe(3);
    expect(original.length(3)).toBe(9);
    expect(original.length(0)).toBe(6);
    expect(copy.averageLength).toBe(3);
    expect(original.averageLength).toBe(5.25);
  });

  it("grows past its first thousand slots", () => {
    const terms = termsOf(Array.from({ length: 3000 }, (_, index) => index % 7));
    expect(terms.slots).toBe(3000);
    expect(terms.length(2999)).toBe(2999 % 7);
  });

  it("reads back what its snapshot records hold, empty slots included", () => {
    const terms = termsOf([6, 1, 5]);
    terms.remove(1);
    const read = new PassageTerms();
    read.addRecord(JSON.parse(JSON.stringify(terms.record(0, 2))));
    read.addRecord(JSON.parse(JSON.stringify(terms.record(2, 10))));
    expect(read.slots).toBe(3);
    expect([0, 1, 2].map((passage) => read.length(passage))).toEqual([6, 0, 5]);
    expect(read.averageLength).toBe(terms.averageLength);
    read.remove(1);
    expect(read.averageLength).toBe(5.5);
  });

  it("refuses a record holding something else than lengths", () => {
    expect(() => new PassageTerms().addRecord({ lengths: [3, -2] })).toThrow(
      "PassageTerms: a snapshot record holds the length -2",
    );
  });
});
