import { describe, expect, it } from "vitest";
import { findArticles, summarize } from "../../src/summary/index.js";
import { corpusOf, loadArticle, palmyre } from "./fixtures.js";

const articles = () => [
  palmyre(),
  loadArticle("usine-valmont"),
  loadArticle("incendie-rungis"),
  loadArticle("gratuite-transports"),
];

describe("choosing the article to summarize", () => {
  const corpus = corpusOf(articles());

  it("uses the only article of the corpus by default", () => {
    const result = summarize(corpusOf([loadArticle("incendie-rungis")]));
    expect(result.kind === "summary" && result.article.id).toBe("incendie-rungis");
  });

  it("asks to choose when the corpus has several articles and none is given", () => {
    const result = summarize(corpus);
    if (result.kind !== "choose-article")
      throw new Error(`expected choose-article, got ${result.kind}`);
    expect(result.suggestions.map((article) => article.id)).toEqual(
      corpus.articles.map((a) => a.id),
    );
  });

  it("takes an article by id", () => {
    const result = summarize(corpus, { article: "usine-valmont" });
    expect(result.kind === "summary" && result.article.id).toBe("usine-valmont");
  });

  it("takes an article by a partial title, without accents or case", () => {
    const result = summarize(corpus, { article: "INCENDIE detruit" });
    expect(result.kind === "summary" && result.article.id).toBe("incendie-rungis");
    const apostrophe = summarize(corpus, { article: "l'armee de bachar" });
    expect(apostrophe.kind === "summary" && apostrophe.article.id).toBe("palmyre-offensive-2016");
  });

  it("answers unknown-article with the closest articles for a title that matches none", () => {
    const result = summarize(corpus, { article: "usine de Saint-Dizzier en grève" });
    if (result.kind !== "unknown-article")
      throw new Error(`expected unknown-article, got ${result.kind}`);
    expect(result.query).toBe("usine de Saint-Dizzier en grève");
    expect(result.suggestions[0]?.id).toBe("usine-valmont");
  });

  it("asks to choose among equally good matches", () => {
    const result = summarize(corpus, { article: "de" });
    expect(result.kind).toBe("choose-article");
  });
});

describe("findArticles", () => {
  const corpus = corpusOf(articles());

  it("ranks an exact id before titles that merely contain the input", () => {
    expect(findArticles(corpus, "usine-valmont")[0]?.id).toBe("usine-valmont");
  });

  it("matches the beginning of title words in any order, accent-insensitively", () => {
    expect(findArticles(corpus, "rungis entrepot").map((a) => a.id)).toEqual(["incendie-rungis"]);
  });

  it("lists every article, in corpus order, for an empty input, within the limit", () => {
    expect(findArticles(corpus, "").map((a) => a.id)).toEqual(corpus.articles.map((a) => a.id));
    expect(findArticles(corpus, "", 2)).toHaveLength(2);
  });

  it("finds nothing for an input no article contains", () => {
    expect(findArticles(corpus, "zzz")).toEqual([]);
  });
});
