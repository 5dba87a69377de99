import { beforeAll, describe, expect, it } from "vitest";
import { engines } from "../../bench/peers/index.js";
import { readCorpus } from "../../src/corpus/read.js";
import type { Corpus } from "../../src/corpus/types.js";

let corpus: Corpus;
let texts: Set<string>;

beforeAll(async () => {
  corpus = await readCorpus("tests/fixtures/corpus");
  texts = new Set(
    corpus.articles.flatMap((article) => article.passages.map((passage) => passage.text)),
  );
});

describe.each(engines.map((engine) => [engine.name, engine] as const))(
  "%s adapter",
  (_name, engine) => {
    it("answers with passage texts of the corpus, the matching one first", async () => {
      const built = await engine.build(corpus);
      const results = built.search("les dockers du port en grève");
      expect(results.length).toBeGreaterThan(0);
      expect(results.length).toBeLessThanOrEqual(10);
      for (const text of results) expect(texts.has(text)).toBe(true);
      expect(results[0]).toMatch(/^Les dockers du port/);
    });

    it("returns an empty list when nothing matches", async () => {
      const built = await engine.build(corpus);
      expect(built.search("xylophone zeppelin")).toEqual([]);
    });

    it("offers completions for a partial word", async () => {
      const built = await engine.build(corpus);
      expect(built.complete("les dock").length).toBeGreaterThan(0);
    });

    it("reports its serialized size, or null when it has no serialization", async () => {
      const built = await engine.build(corpus);
      const bytes = await built.serializedBytes();
      if (bytes !== null) expect(bytes).toBeGreaterThan(0);
    });
  },
);

it("names every engine once, Gazette first", () => {
  const names = engines.map((engine) => engine.name);
  expect(names[0]).toBe("gazette");
  expect(new Set(names).size).toBe(names.length);
});
