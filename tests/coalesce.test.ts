import { describe, expect, it } from "vitest";
import { coalesceRuns } from "../src/coalesce.js";

/** A run whose completions the test controls: each call records its start and waits for `finish`. */
function controlledRuns() {
  const started: number[] = [];
  const finishers: (() => void)[] = [];
  const run = () => {
    const n = started.length + 1;
    started.push(n);
    return new Promise<number>((resolve) => finishers.push(() => resolve(n)));
  };
  const finish = async (index: number) => {
    await new Promise((resolve) => setImmediate(resolve));
    finishers[index]?.();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { run, started, finish };
}

describe("coalesceRuns", () => {
  it("gives a call made during a run the next run, not the one under way", async () => {
    const runs = controlledRuns();
    const rebuild = coalesceRuns(runs.run);
    const first = rebuild();
    await new Promise((resolve) => setImmediate(resolve));
    const second = rebuild();
    expect(runs.started).toEqual([1]);
    await runs.finish(0);
    expect(await first).toBe(1);
    expect(runs.started).toEqual([1, 2]);
    await runs.finish(1);
    expect(await second).toBe(2);
  });

  it("runs at most one more however many calls arrive during a run", async () => {
    const runs = controlledRuns();
    const rebuild = coalesceRuns(runs.run);
    const first = rebuild();
    const waiting = [rebuild(), rebuild(), rebuild()];
    await runs.finish(0);
    await runs.finish(1);
    expect(await first).toBe(1);
    expect(await Promise.all(waiting)).toEqual([2, 2, 2]);
    expect(runs.started).toEqual([1, 2]);
  });

  it("starts afresh once idle, and a failed run does not block the next", async () => {
    let calls = 0;
    const rebuild = coalesceRuns(async () => {
      calls++;
      if (calls === 1) throw new Error("disk on fire");
      return calls;
    });
    await expect(rebuild()).rejects.toThrow("disk on fire");
    expect(await rebuild()).toBe(2);
    expect(await rebuild()).toBe(3);
  });
});
