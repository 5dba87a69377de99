import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readValidArticles } from "../../src/corpus/read.js";
import { articleIdFromFileName, CorpusWriter } from "../../src/corpus/write.js";

const article = (title: string, body = "Un paragraphe.") =>
  `---\ntitle: ${title}\n---\n\n${body}\n`;

describe("CorpusWriter", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "gazette-write-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("writes a valid article under its id and leaves no temporary file", async () => {
    const writer = new CorpusWriter({ corpusDir: dir });
    const outcome = await writer.add(article("Le phare"), "Le Phare (bis).md");
    expect(outcome).toMatchObject({
      ok: true,
      replaced: false,
      file: path.join(dir, "le-phare-bis.md"),
    });
    expect(await readdir(dir)).toEqual(["le-phare-bis.md"]);
    const { corpus } = await readValidArticles(dir);
    expect(corpus.articles.map((a) => a.id)).toEqual(["le-phare-bis"]);
  });

  it("refuses an invalid article with the parser's problems and writes nothing", async () => {
    const writer = new CorpusWriter({ corpusDir: dir });
    const outcome = await writer.add("---\ntitle: T\ndate: hier\n---\n\nX.\n", "t.txt");
    expect(outcome).toEqual({
      ok: false,
      kind: "invalid",
      problems: [
        {
          file: "t.txt",
          line: 3,
          message: 'front matter "date" is not a date',
          fix: "write it as YYYY-MM-DD or leave it empty",
        },
      ],
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it("never overwrites an article unless replace is asked, whatever the other file's name", async () => {
    await writeFile(path.join(dir, "ancien.txt"), "---\nid: phare\ntitle: Ancien\n---\n\nVieux.\n");
    const writer = new CorpusWriter({
      corpusDir: dir,
      knownArticles: () => [{ id: "phare", file: path.join(dir, "ancien.txt") }],
    });
    expect(await writer.add(article("Nouveau"), "phare.txt")).toMatchObject({
      ok: false,
      kind: "duplicate",
      id: "phare",
    });
    expect(await writer.add(article("Nouveau"), "phare.txt", { replace: true })).toMatchObject({
      ok: true,
      replaced: true,
    });
    // The old file is gone, so the corpus does not hold the id twice.
    expect(await readdir(dir)).toEqual(["phare.txt"]);
    expect(await readFile(path.join(dir, "phare.txt"), "utf8")).toContain("Nouveau");
  });

  it("keeps every file when many adds run at once, and refuses all but one of the same id", async () => {
    const writer = new CorpusWriter({ corpusDir: dir });
    const outcomes = await Promise.all([
      ...Array.from({ length: 20 }, (_, n) => writer.add(article(`Lot ${n}`), `lot-${n}.txt`)),
      ...Array.from({ length: 5 }, () => writer.add(article("Même"), "meme.txt")),
    ]);
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(21);
    expect(outcomes.filter((outcome) => !outcome.ok && outcome.kind === "duplicate")).toHaveLength(
      4,
    );
    const { corpus, problems } = await readValidArticles(dir);
    expect(problems).toEqual([]);
    expect(corpus.articles).toHaveLength(21);
  });

  it("refuses an article over the per-article limit and one that would fill the corpus", async () => {
    const writer = new CorpusWriter({
      corpusDir: dir,
      limits: { articleMaxBytes: 200, corpusMaxBytes: 300 },
    });
    expect(await writer.add(article("Long", "x".repeat(300)), "long.txt")).toMatchObject({
      ok: false,
      kind: "too-large",
      limit: 200,
    });
    expect(await writer.add(article("Un", "x".repeat(150)), "un.txt")).toMatchObject({ ok: true });
    expect(await writer.add(article("Deux", "x".repeat(150)), "deux.txt")).toMatchObject({
      ok: false,
      kind: "corpus-full",
      limit: 300,
    });
  });

  it("removes only article files inside the corpus directory", async () => {
    const outside = await mkdtemp(path.join(tmpdir(), "gazette-outside-"));
    try {
      await writeFile(path.join(outside, "victim.txt"), "keep me");
      await writeFile(path.join(dir, "a.txt"), article("A"));
      const writer = new CorpusWriter({ corpusDir: dir });
      expect(await writer.remove({ id: "x", file: path.join(outside, "victim.txt") })).toEqual({
        ok: false,
        kind: "outside",
      });
      expect(await writer.remove({ id: "x", file: path.join(dir, "..", "victim.txt") })).toEqual({
        ok: false,
        kind: "outside",
      });
      expect(await writer.remove({ id: "aliases", file: path.join(dir, "aliases.json") })).toEqual({
        ok: false,
        kind: "outside",
      });
      expect(await readFile(path.join(outside, "victim.txt"), "utf8")).toBe("keep me");
      expect(await writer.remove({ id: "a", file: path.join(dir, "a.txt") })).toEqual({
        ok: true,
        file: path.join(dir, "a.txt"),
      });
      expect(await writer.remove({ id: "a", file: path.join(dir, "a.txt") })).toEqual({
        ok: false,
        kind: "not-found",
      });
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });
});

describe("articleIdFromFileName", () => {
  it("makes an id of any file name", () => {
    expect(articleIdFromFileName("Grève au port (2).md")).toBe("greve-au-port-2");
    expect(articleIdFromFileName("../../etc/passwd.txt")).toBe("passwd");
    expect(articleIdFromFileName("???.txt")).toBe("article");
    expect(articleIdFromFileName(`${"a".repeat(80)}.txt`)).toHaveLength(64);
  });
});
