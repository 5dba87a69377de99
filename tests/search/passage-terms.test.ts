import { describe, expect, it } from "vitest";
import { PassageTerms } from "../../src/search/passage-terms.js";

const counts = (entries: [number, number][]) => new Map(entries);

function termsOfThree(): PassageTerms {
  const terms = new PassageTerms();
  terms.add(
    counts([
      [5, 2],
      [1, 1],
      [9, 3],
    ]),
    6,
  );
  terms.add(counts([[2, 1]]), 1);
  terms.add(
    counts([
      [1, 4],
      [7, 1],
    ]),
    5,
  );
  return terms;
}

describe("PassageTerms", () => {
  it("answers how often a term occurs in a passage, 0 when absent", () => {
    const terms = termsOfThree();
    expect(terms.frequency(0, 5)).toBe(2);
    expect(terms.frequency(0, 9)).toBe(3);
    expect(terms.frequency(0, 2)).toBe(0);
    expect(terms.frequency(2, 1)).toBe(4);
    expect(terms.frequency(3, 1)).toBe(0);
    expect(terms.frequency(0, -1)).toBe(0);
    expect(terms.length(2)).toBe(5);
    expect(terms.averageLength).toBe(4);
    expect([...terms.termsOf(0).ids]).toEqual([1, 5, 9]);
  });

  it("empties a removed passage's slot without renumbering the others", () => {
    const terms = termsOfThree();
    terms.remove(1);
    expect(terms.slots).toBe(3);
    expect(terms.frequency(1, 2)).toBe(0);
    expect(terms.length(1)).toBe(0);
    expect(terms.frequency(2, 7)).toBe(1);
    expect(terms.averageLength).toBe(5.5);
  });

  it("lets a copy and its original each add passages without seeing the other's", () => {
    const original = termsOfThree();
    const copy = original.copy();
    copy.add(counts([[3, 1]]), 1);
    original.add(counts([[4, 2]]), 2);
    copy.remove(0);
    expect(copy.frequency(3, 3)).toBe(1);
    expect(copy.frequency(3, 4)).toBe(0);
    expect(original.frequency(3, 4)).toBe(2);
    expect(original.frequency(3, 3)).toBe(0);
    expect(original.frequency(0, 5)).toBe(2);
    expect(copy.frequency(0, 5)).toBe(0);
  });

  it("keeps a passage with more distinct terms than a chunk holds", () => {
    const terms = termsOfThree();
    const large = new Map<number, number>();
    for (let id = 0; id < 70_000; id++) large.set(id * 2, 1 + (id % 3));
    terms.add(large, 140_000);
    terms.add(counts([[11, 1]]), 1);
    expect(terms.frequency(3, 2 * 69_999)).toBe(1 + (69_999 % 3));
    expect(terms.frequency(3, 3)).toBe(0);
    expect(terms.frequency(4, 11)).toBe(1);
    expect(terms.frequency(0, 9)).toBe(3);
  });

  it("reads back what its snapshot records hold, empty slots included", () => {
    const terms = termsOfThree();
    terms.remove(1);
    const read = new PassageTerms();
    read.addRecord(JSON.parse(JSON.stringify(terms.record(0, 2))));
    read.addRecord(JSON.parse(JSON.stringify(terms.record(2, 10))));
    expect(read.slots).toBe(3);
    for (let passage = 0; passage < 3; passage++) {
      for (const id of [1, 2, 5, 7, 9]) {
        expect(read.frequency(passage, id)).toBe(terms.frequency(passage, id));
      }
      expect(read.length(passage)).toBe(terms.length(passage));
    }
    expect(read.averageLength).toBe(terms.averageLength);
  });

  it("refuses a record whose sizes do not match its term ids", () => {
    const record = termsOfThree().record(0, 3);
    expect(() => new PassageTerms().addRecord({ ...record, sizes: [3, 1, 1] })).toThrow(
      "PassageTerms: a snapshot record's sizes do not match its term ids",
    );
  });
});
