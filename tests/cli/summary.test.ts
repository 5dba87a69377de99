import { execFile } from "node:child_process";
import { copyFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliIO, UsageError } from "../../src/cli/io.js";
import { summaryCommand } from "../../src/cli/summary.js";
import { CorpusError } from "../../src/corpus/parse.js";

const FIXTURES = "tests/fixtures/summary";

/** A CliIO that records what the command prints. */
function fakeIO(corpusDir: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    stdin: Readable.from([]),
    corpusDir,
  };
  return { io, out, err };
}

async function corpusDir(files: string[]): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "gazette-summary-"));
  for (const file of files) await copyFile(path.join(FIXTURES, file), path.join(dir, file));
  return dir;
}

describe("gazette summary", () => {
  let single: string;
  let several: string;
  let invalid: string;

  beforeAll(async () => {
    single = await corpusDir(["usine-valmont.txt"]);
    several = await corpusDir([
      "usine-valmont.txt",
      "incendie-rungis.txt",
      "gratuite-transports.txt",
    ]);
    invalid = await corpusDir([]);
    await writeFile(path.join(invalid, "broken.txt"), "no front matter\n");
  });

  afterAll(async () => {
    for (const dir of [single, several, invalid]) await rm(dir, { recursive: true, force: true });
  });

  it("prints exactly one JSON object following the contract with --json", async () => {
    const { io, out, err } = fakeIO(single);
    expect(await summaryCommand(["--json"], io)).toBe(0);
    expect(out).toHaveLength(1);
    expect(err).toEqual([]);
    const summary = JSON.parse(out[0] ?? "");
    expect(Object.keys(summary)).toEqual(["article", "title", "length", "topic", "sentences"]);
    expect(summary).toMatchObject({
      article: "usine-valmont",
      title: "Le groupe Valmont va fermer son usine de Saint-Dizier, 240 emplois menacés",
      length: "short",
      topic: null,
    });
    expect(summary.sentences.length).toBeGreaterThan(0);
    for (const sentence of summary.sentences) {
      expect(Object.keys(sentence)).toEqual(["text", "paragraph", "start", "end"]);
      expect(sentence.end - sentence.start).toBe(sentence.text.length);
    }
    expect(summary.sentences[0]).toMatchObject({ paragraph: 1, start: 0 });
  });

  it("prints the title, then each sentence with its paragraph citation", async () => {
    const { io, out } = fakeIO(single);
    expect(await summaryCommand(["--length", "medium"], io)).toBe(0);
    const lines = (out[0] ?? "").split("\n");
    expect(lines[0]).toBe(
      "Le groupe Valmont va fermer son usine de Saint-Dizier, 240 emplois menacés",
    );
    const cited = lines.filter((line) => line !== "").slice(1);
    expect(cited.length).toBeGreaterThanOrEqual(4);
    for (const line of cited) expect(line).toMatch(/^\[§\d+\] \S/);
  });

  it("summarizes the article chosen with --article among several, on the topic given", async () => {
    const { io, out } = fakeIO(several);
    const code = await summaryCommand(
      ["--article", "incendie", "--topic", "autoroute", "--json"],
      io,
    );
    expect(code).toBe(0);
    const summary = JSON.parse(out[0] ?? "");
    expect(summary.article).toBe("incendie-rungis");
    expect(summary.topic).toBe("autoroute");
    expect(summary.sentences.some((s: { text: string }) => s.text.includes("autoroute A6"))).toBe(
      true,
    );
  });

  it("exits 1 with a one-line message and suggestions for an unknown article", async () => {
    const { io, out, err } = fakeIO(several);
    expect(await summaryCommand(["--article", "grève à Valmomt"], io)).toBe(1);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).not.toContain("\n");
    expect(err[0]).toMatch(/^No article matches "grève à Valmomt"\. Did you mean: usine-valmont/);
  });

  it("exits 1 with a one-line message and suggestions for a topic the article does not cover", async () => {
    const { io, out, err } = fakeIO(single);
    expect(await summaryCommand(["--topic", "football", "--json"], io)).toBe(1);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/does not talk about "football"\. Try: .*Valmont/);
  });

  it("rejects bad arguments with a UsageError", async () => {
    const { io } = fakeIO(single);
    await expect(summaryCommand(["--length", "huge"], io)).rejects.toThrow(
      new UsageError('--length must be short, medium or long, not "huge"'),
    );
    await expect(summaryCommand(["--colour"], io)).rejects.toBeInstanceOf(UsageError);
    await expect(summaryCommand(["palmyre"], io)).rejects.toBeInstanceOf(UsageError);
    await expect(summaryCommand(["--topic", "  "], io)).rejects.toBeInstanceOf(UsageError);
  });

  it("asks for --article, listing the ids, when the corpus has several articles", async () => {
    const { io } = fakeIO(several);
    await expect(summaryCommand([], io)).rejects.toThrow(
      /choose one with --article: .*incendie-rungis/,
    );
  });

  it("lets the corpus error through for an invalid corpus", async () => {
    const { io } = fakeIO(invalid);
    await expect(summaryCommand([], io)).rejects.toBeInstanceOf(CorpusError);
  });
});

describe("gazette summary as a process", () => {
  const run = promisify(execFile);

  it("prints the real article's JSON summary and exits 0", async () => {
    // Named, so that an operator's articles beside it in corpus/ do not make the choice ambiguous.
    const args = ["bin/gazette.js", "summary", "--article", "palmyre-offensive-2016", "--json"];
    const { stdout } = await run("node", args, { env: { ...process.env, CORPUS_DIR: "corpus" } });
    expect(JSON.parse(stdout)).toMatchObject({
      article: "palmyre-offensive-2016",
      length: "short",
    });
  });

  it("exits 2 with one line on stderr for a bad --length", async () => {
    const error = await run("node", ["bin/gazette.js", "summary", "--length", "huge"]).catch(
      (failure: { code: number; stderr: string }) => failure,
    );
    expect(error).toMatchObject({ code: 2 });
    expect((error as { stderr: string }).stderr.trim().split("\n")).toHaveLength(1);
  });
});
