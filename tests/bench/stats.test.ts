import { describe, expect, it } from "vitest";
import { typingPrefixes } from "../../bench/prefixes.js";
import { percentile, ratio, summarize } from "../../bench/stats.js";

describe("percentile", () => {
  it("interpolates between the closest ranks", () => {
    const samples = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(samples, 50)).toBeCloseTo(5.5);
    expect(percentile(samples, 0)).toBe(1);
    expect(percentile(samples, 100)).toBe(10);
    expect(percentile(samples, 90)).toBeCloseTo(9.1);
  });

  it("does not depend on the order of the samples", () => {
    expect(percentile([9, 1, 5, 3, 7], 50)).toBe(5);
    expect(percentile([9, 1, 5, 3, 7], 99)).toBeCloseTo(8.92);
  });

  it("returns the single sample for any percentile", () => {
    expect(percentile([4.2], 99)).toBe(4.2);
  });

  it("rejects an empty sample and a percentile out of range", () => {
    expect(() => percentile([], 50)).toThrow("percentile: no sample");
    expect(() => percentile([1], 101)).toThrow("percentile: p must be within 0-100 (got 101)");
  });
});

describe("summarize", () => {
  it("gives count, p50, p99, max and mean", () => {
    const samples = Array.from({ length: 101 }, (_, index) => index);
    expect(summarize(samples)).toEqual({ n: 101, p50: 50, p99: 99, max: 100, mean: 50 });
  });

  it("gives NaN figures for no sample rather than throwing", () => {
    expect(summarize([]).n).toBe(0);
    expect(summarize([]).p99).toBeNaN();
  });
});

describe("ratio", () => {
  it("divides, and is null when a side is missing or the divisor is zero", () => {
    expect(ratio(6, 3)).toBe(2);
    expect(ratio(null, 3)).toBeNull();
    expect(ratio(1, 0)).toBeNull();
  });
});

describe("typingPrefixes", () => {
  it("keeps the keystrokes that end inside a word", () => {
    const prefixes = typingPrefixes(
      [{ id: "q", question: "Le port", lang: "fr", kind: "lexical", gold: [] }],
      1,
    );
    expect(prefixes).toEqual(["L", "Le", "Le p", "Le po", "Le por", "Le port"]);
  });
});
