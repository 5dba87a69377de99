import { describe, expect, it } from "vitest";
import { generateSyntheticCorpus, mulberry32 } from "../../bench/synthetic-corpus.js";
import { readCorpus } from "../../src/corpus/read.js";

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe("generateSyntheticCorpus", () => {
  it("gives the same corpus for the same seed and size", () => {
    const first = generateSyntheticCorpus({ paragraphs: 300, seed: 7 });
    const second = generateSyntheticCorpus({ paragraphs: 300, seed: 7 });
    expect(second).toEqual(first);
  });

  it("gives another corpus for another seed", () => {
    const first = generateSyntheticCorpus({ paragraphs: 50, seed: 7 });
    const other = generateSyntheticCorpus({ paragraphs: 50, seed: 8 });
    expect(other.articles[0]?.passages[0]?.text).not.toBe(first.articles[0]?.passages[0]?.text);
  });

  it("writes exactly the asked number of paragraphs of 60 to 120 words, in sentences", () => {
    const corpus = generateSyntheticCorpus({ paragraphs: 500, seed: 1 });
    const passages = corpus.articles.flatMap((article) => article.passages);
    expect(passages).toHaveLength(500);
    for (const passage of passages) {
      expect(words(passage.text)).toBeGreaterThanOrEqual(60);
      expect(words(passage.text)).toBeLessThanOrEqual(120);
      expect(passage.sentences.length).toBeGreaterThan(1);
      expect(passage.text.endsWith(".")).toBe(true);
    }
  });

  it("gives passages the ids, numbers and sentence offsets of a real corpus", () => {
    const corpus = generateSyntheticCorpus({ paragraphs: 40, seed: 3 });
    const ids = new Set<string>();
    for (const article of corpus.articles) {
      expect(article.language).toBe("fr");
      article.passages.forEach((passage, index) => {
        expect(passage.id).toBe(`${article.id}#${index + 1}`);
        expect(passage.articleId).toBe(article.id);
        expect(passage.paragraph).toBe(index + 1);
        for (const sentence of passage.sentences) {
          expect(passage.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
        }
        ids.add(passage.id);
      });
    }
    expect(ids.size).toBe(40);
  });

  it("writes French: common function words and elided articles", () => {
    const text = generateSyntheticCorpus({ paragraphs: 100, seed: 5 })
      .articles.flatMap((article) => article.passages.map((passage) => passage.text))
      .join(" ");
    expect(text).toMatch(/ de /);
    expect(text).toMatch(/ les /);
    expect(text).toMatch(/\b[ld]’\p{L}/u);
  });

  it("places the included real articles inside and counts their paragraphs in the total", async () => {
    const real = await readCorpus("tests/fixtures/corpus");
    const corpus = generateSyntheticCorpus({ paragraphs: 60, seed: 2, include: real });
    const passages = corpus.articles.flatMap((article) => article.passages);
    expect(passages).toHaveLength(60);
    for (const article of real.articles) expect(corpus.articles).toContainEqual(article);
    expect(corpus.aliases).toEqual(real.aliases);
  });
});

describe("mulberry32", () => {
  it("is deterministic and uniform enough in [0, 1)", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const values = Array.from({ length: 10_000 }, () => a());
    expect(values.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean).toBeCloseTo(0.5, 1);
  });
});
