import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CorpusError, formatProblem } from "../../src/corpus/parse.js";
import { readCorpus, readValidArticles } from "../../src/corpus/read.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "gazette-corpus-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const write = (name: string, content: string | Buffer) => writeFile(path.join(dir, name), content);
const problems = async () => {
  const error = await readCorpus(dir).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(CorpusError);
  return (error as CorpusError).message.split("\n");
};

describe("readCorpus", () => {
  it("reads every article, in file name order, with aliases", async () => {
    await write("b.txt", "---\ntitle: B\n---\n\nTexte B.");
    await write("a.md", "---\ntitle: A\n---\n\nTexte A.");
    await write("README.md", "# not an article");
    await write("aliases.json", JSON.stringify([["EI", "Etat islamique"]]));
    const corpus = await readCorpus(dir);
    expect(corpus.articles.map((article) => article.id)).toEqual(["a", "b"]);
    expect(corpus.aliases).toEqual([["EI", "Etat islamique"]]);
  });

  it("rejects two articles with the same id, naming both files", async () => {
    await write("a.txt", "---\nid: same\ntitle: A\n---\n\nTexte.");
    await write("b.txt", "---\nid: same\ntitle: B\n---\n\nTexte.");
    expect(await problems()).toEqual([
      `${path.join(dir, "b.txt")}: duplicate article id "same" (also in ${path.join(dir, "a.txt")}): give one of them another "id" in its front matter`,
    ]);
  });

  it("rejects a file that is not UTF-8, with the line", async () => {
    await write("latin1.txt", Buffer.from("---\ntitle: T\n---\n\nCaf\xe9.", "latin1"));
    expect(await problems()).toEqual([
      `${path.join(dir, "latin1.txt")}: the file is not valid UTF-8 (line 5): save it as UTF-8`,
    ]);
  });

  it("reports problems of several files at once", async () => {
    await write("a.txt", "---\ntitle:\n---\n\nTexte.");
    await write("b.txt", "---\ntitle: B\ndate: hier\n---\n\nTexte.");
    expect(await problems()).toHaveLength(2);
  });

  it("rejects malformed aliases", async () => {
    await write("a.txt", "---\ntitle: A\n---\n\nTexte.");
    await write("aliases.json", JSON.stringify([["seul"]]));
    expect(await problems()).toEqual([
      `${path.join(dir, "aliases.json")}: alias group 1 is not a list of at least two names: write an array of groups of names, e.g. [["EI", "Etat islamique"]]`,
    ]);
  });

  it("rejects an empty or missing directory", async () => {
    expect(await problems()).toEqual([
      `${dir}: the corpus has no article: add a .txt file (see README: Adding an article)`,
    ]);
    await rm(dir, { recursive: true });
    expect((await problems())[0]).toBe(
      `${dir}: cannot read the corpus directory (ENOENT): check CORPUS_DIR`,
    );
  });
});

describe("readValidArticles", () => {
  it("keeps every valid article and reports the invalid ones with file, line and fix", async () => {
    await write("good.txt", "---\ntitle: Bon\n---\n\nTexte valide.");
    await write("broken.txt", "---\ntitle: Cassé\ndate: hier\n---\n\nTexte.");
    await write("aliases.json", JSON.stringify([["EI", "Etat islamique"], ["seul"]]));
    const { corpus, problems } = await readValidArticles(dir);
    expect(corpus.articles.map((article) => article.id)).toEqual(["good"]);
    expect(corpus.aliases).toEqual([["EI", "Etat islamique"]]);
    expect(problems.map(formatProblem)).toEqual([
      `${path.join(dir, "broken.txt")}: front matter "date" is not a date (line 3): write it as YYYY-MM-DD or leave it empty`,
      `${path.join(dir, "aliases.json")}: alias group 2 is not a list of at least two names: write an array of groups of names, e.g. [["EI", "Etat islamique"]]`,
    ]);
  });

  it("gives no article and one problem for a directory that cannot be read, without throwing", async () => {
    const missing = path.join(dir, "nowhere");
    const { corpus, problems } = await readValidArticles(missing);
    expect(corpus.articles).toEqual([]);
    expect(problems.map(formatProblem)).toEqual([
      `${missing}: cannot read the corpus directory (ENOENT): check CORPUS_DIR`,
    ]);
  });

  it("says an empty directory has no article", async () => {
    const { corpus, problems } = await readValidArticles(dir);
    expect([corpus.articles.length, problems[0]?.message]).toEqual([
      0,
      "the corpus has no article",
    ]);
  });
});

describe("readValidArticles' size limits", () => {
  const article = (title: string, text: string) => `---\ntitle: ${title}\n---\n\n${text}\n`;

  it("leaves out an article over the per-article limit, naming the file, its size and the fix", async () => {
    await write("a.txt", article("A", "Texte court."));
    const big = article("B", "x".repeat(3000));
    await write("b.txt", big);
    const { corpus, problems } = await readValidArticles(dir, {
      articleMaxBytes: 2048,
      corpusMaxBytes: 1_000_000,
    });
    expect(corpus.articles.map((entry) => entry.id)).toEqual(["a"]);
    expect(problems.map(formatProblem)).toEqual([
      `${path.join(dir, "b.txt")}: the file is 2.9 kB (${Buffer.byteLength(big)} bytes), over the 2 kB limit per article: split it into several articles, or raise ARTICLE_MAX_BYTES`,
    ]);
  });

  it("leaves out the articles that would take the corpus past its limit, keeping the first ones", async () => {
    for (const name of ["a", "b", "c"]) await write(`${name}.txt`, article(name, "y".repeat(400)));
    const { corpus, problems } = await readValidArticles(dir, {
      articleMaxBytes: 2048,
      corpusMaxBytes: 1000,
    });
    expect(corpus.articles.map((entry) => entry.id)).toEqual(["a", "b"]);
    expect(problems.map(formatProblem)).toEqual([
      `${path.join(dir, "c.txt")}: left out: with it the corpus would pass its 1000 bytes limit: remove articles from the corpus, or raise CORPUS_MAX_BYTES`,
    ]);
  });

  it("applies 2 MB per article by default", async () => {
    const big = article("Big", "z".repeat(2 * 1024 * 1024));
    await write("big.txt", big);
    await write("small.txt", article("Small", "Texte."));
    const { corpus, problems } = await readValidArticles(dir);
    expect(corpus.articles.map((entry) => entry.id)).toEqual(["small"]);
    expect(problems[0]?.message).toBe(
      `the file is 2 MB (${Buffer.byteLength(big)} bytes), over the 2 MB limit per article`,
    );
  });
});
