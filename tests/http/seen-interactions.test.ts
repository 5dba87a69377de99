import { describe, expect, it } from "vitest";
import { SeenInteractions } from "../../src/http/seen-interactions.js";

describe("SeenInteractions", () => {
  it("refuses an id seen within the window and takes it again after", () => {
    let now = 0;
    const seen = new SeenInteractions({ ttlMs: 1000, now: () => now });
    expect(seen.firstTime("1")).toBe(true);
    expect(seen.firstTime("1")).toBe(false);
    now = 1001;
    expect(seen.firstTime("1")).toBe(true);
  });

  it("keeps at most maxEntries ids, forgetting the oldest first", () => {
    const seen = new SeenInteractions({ ttlMs: 60_000, maxEntries: 3, now: () => 0 });
    for (const id of ["1", "2", "3", "4"]) expect(seen.firstTime(id)).toBe(true);
    expect(seen.size).toBe(3);
    expect(seen.firstTime("4")).toBe(false);
    expect(seen.firstTime("1")).toBe(true);
  });

  it("drops expired ids as new ones arrive", () => {
    let now = 0;
    const seen = new SeenInteractions({ ttlMs: 10, now: () => now });
    for (let id = 0; id < 100; id++) seen.firstTime(String(id));
    now = 11;
    seen.firstTime("new");
    expect(seen.size).toBe(1);
  });
});
