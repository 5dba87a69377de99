import { describe, expect, it } from "vitest";
import { readCorpus } from "../../src/corpus/read.js";
import { analyze } from "../../src/language/analyze.js";

describe("the real corpus/", () => {
  it("is valid, with at least one article of paragraphs and sentences", async () => {
    const corpus = await readCorpus("corpus");
    expect(corpus.articles.length).toBeGreaterThan(0);
    for (const article of corpus.articles) {
      expect(article.title.length).toBeGreaterThan(0);
      expect(article.passages.length).toBeGreaterThan(0);
      for (const passage of article.passages) {
        expect(passage.sentences.length).toBeGreaterThan(0);
        for (const sentence of passage.sentences) {
          expect(passage.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
        }
      }
    }
  });

  it("holds the Palmyre article with its seven paragraphs, title apart", async () => {
    const corpus = await readCorpus("corpus");
    const palmyre = corpus.articles.find((article) => article.id === "palmyre-offensive-2016");
    expect(palmyre?.title).toBe(
      "Après Palmyre, l’armée de Bachar poursuit son offensive contre l’Etat islamique",
    );
    expect(palmyre?.passages).toHaveLength(7);
    expect(palmyre?.date).toBeNull();
    expect(palmyre?.source).toBeNull();
  });

  it("has only alias groups with a name the corpus actually uses", async () => {
    const corpus = await readCorpus("corpus");
    const text = corpus.articles.flatMap((article) => [
      article.title,
      ...article.passages.map((p) => p.text),
    ]);
    const corpusTerms = new Set(text.flatMap((t) => analyze(t).map((token) => token.term)));
    for (const group of corpus.aliases) {
      const used = group.some((name) => {
        const terms = analyze(name).map((token) => token.term);
        return terms.length > 0 && terms.every((term) => corpusTerms.has(term));
      });
      expect(used, `alias group ${JSON.stringify(group)}`).toBe(true);
    }
  });
});
