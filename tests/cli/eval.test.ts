import { describe, expect, it } from "vitest";
import { runInProcess } from "./run-cli.js";

const ARGS = [
  "eval",
  "--set",
  "tests/fixtures/questions.jsonl",
  "--corpus",
  "tests/fixtures/corpus",
];

describe("gazette eval", () => {
  it("scores Gazette and the plain MiniSearch baseline, overall and by kind", async () => {
    const { code, stdout } = await runInProcess([...ARGS, "--json"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.questions).toBe(3);
    expect(report.gazette).toMatchObject({
      engine: "gazette",
      precisionAt1: 1,
      mrr: 1,
      recallAt3: 1,
      noAnswerPrecision: 1,
      answerable: 2,
      nomatch: 1,
    });
    expect(Object.keys(report.gazette.byKind)).toEqual(["lexical", "morph", "nomatch"]);
    expect(report.baseline.engine).toBe("minisearch-default");
    expect(report.baseline.noAnswerPrecision).toBe(0);
  });

  it("prints a table for a person", async () => {
    const { stdout } = await runInProcess(ARGS);
    expect(stdout).toMatch(/^engine \/ kind\s+P@1\s+MRR\s+R@3\s+NoAns/);
    expect(stdout).toContain("minisearch-default");
  });

  it("rejects a missing --set and a malformed question file", async () => {
    expect((await runInProcess(["eval"])).stderr).toContain("eval needs --set FILE.jsonl");
    const bad = await runInProcess(["eval", "--set", "package.json"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("package.json: line 1 is not valid JSON");
  });
});
