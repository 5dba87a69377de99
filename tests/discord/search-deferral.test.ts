import { describe, expect, it } from "vitest";
import { SearchDeferral } from "../../src/discord/search-deferral.js";

describe("SearchDeferral", () => {
  it("defers above the passage threshold and answers at once below it", () => {
    const deferral = new SearchDeferral({ abovePassages: 100, slowSearchMs: 1000 });
    expect(deferral.shouldDefer(100)).toBe(false);
    expect(deferral.shouldDefer(101)).toBe(true);
  });

  it("defers while one of the last eight searches was over budget, then stops", () => {
    const deferral = new SearchDeferral({ abovePassages: 100, slowSearchMs: 1000 });
    deferral.record(1500);
    expect(deferral.shouldDefer(10)).toBe(true);
    for (let search = 0; search < 7; search++) deferral.record(5);
    expect(deferral.shouldDefer(10)).toBe(true);
    deferral.record(5);
    expect(deferral.shouldDefer(10)).toBe(false);
  });
});
