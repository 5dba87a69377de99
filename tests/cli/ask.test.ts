import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { runInProcess } from "./run-cli.js";

const FIXTURES = ["--corpus", "tests/fixtures/corpus"];

describe("gazette ask --json", () => {
  it("prints one JSON object following the contract", async () => {
    const { code, stdout } = await runInProcess([
      "ask",
      "grève des dockers",
      "--json",
      ...FIXTURES,
    ]);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expect(Object.keys(answer)).toEqual(["query", "results", "suggestions"]);
    expect(answer.query).toBe("grève des dockers");
    const [first] = answer.results;
    expect(Object.keys(first)).toEqual([
      "article",
      "paragraph",
      "text",
      "score",
      "bestSentence",
      "highlights",
    ]);
    expect(first).toMatchObject({ article: "greve-port", paragraph: 1 });
    expect(first.text.startsWith("Les dockers du port de Marseille")).toBe(true);
    for (const [start, end] of first.highlights) expect(end).toBeGreaterThan(start);
  });

  it("honours --limit", async () => {
    const { stdout } = await runInProcess([
      "ask",
      "les salles et les visiteurs",
      "--json",
      "--limit",
      "1",
      ...FIXTURES,
    ]);
    expect(JSON.parse(stdout).results).toHaveLength(1);
  });

  it("answers one question per stdin line, in order, in batch mode", async () => {
    const { code, stdout } = await runInProcess(
      ["ask", "--json", ...FIXTURES],
      "grève des dockers\n\nla météo à Bordeaux\n",
    );
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.query)).toEqual([
      "grève des dockers",
      "",
      "la météo à Bordeaux",
    ]);
    expect(lines[0].results[0].article).toBe("greve-port");
    expect(lines[1]).toMatchObject({ results: [], error: "empty question" });
    expect(lines[2].results).toEqual([]);
  });
});

describe("gazette ask for a person", () => {
  it("cites the paragraph and emphasises matched words", async () => {
    const { code, stdout } = await runInProcess(["ask", "grève des dockers", ...FIXTURES]);
    expect(code).toBe(0);
    expect(stdout).toContain("1. Grève au port de Marseille — paragraph 1");
    expect(stdout).toContain("**dockers**");
  });

  it("says so and exits 1 when the corpus does not answer", async () => {
    const { code, stdout } = await runInProcess(["ask", "la météo à Bordeaux demain", ...FIXTURES]);
    expect(code).toBe(1);
    expect(stdout).toContain("No passage of the corpus answers");
  });
});

describe("gazette errors", () => {
  it.each([
    [["ask"], "gazette ask: ask needs a question"],
    [["ask", "  "], "gazette ask: the question is empty"],
    [
      ["ask", "x", "--limit", "0"],
      'gazette ask: --limit must be a whole number from 1 to 50, not "0"',
    ],
    [["ask", "x", "--bogus"], "gazette ask: Unknown option '--bogus'"],
    [["frobnicate"], 'gazette: unknown command "frobnicate"'],
    [[], "Usage: gazette <command>"],
  ])("%j prints one clear error and exits 2", async (args, message) => {
    const { code, stderr } = await runInProcess([...args, ...FIXTURES]);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it("names the corpus problem when the corpus is unusable", async () => {
    const { code, stderr } = await runInProcess([
      "ask",
      "x",
      "--corpus",
      "tests/fixtures/does-not-exist",
    ]);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe(
      "gazette ask: the corpus is not valid: tests/fixtures/does-not-exist: cannot read the corpus directory (ENOENT): check CORPUS_DIR",
    );
  });
});

describe("the gazette bin", () => {
  const run = promisify(execFile);

  it("runs from a fresh checkout without a build step", async () => {
    const { stdout } = await run("node", ["bin/gazette.js", "ask", "grève", "--json", ...FIXTURES]);
    expect(JSON.parse(stdout).results[0].article).toBe("greve-port");
  });

  it("exits non-zero with one line on stderr on bad arguments", async () => {
    const failure = await run("node", ["bin/gazette.js", "ask"]).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr.trim().split("\n")).toHaveLength(1);
  });
});
