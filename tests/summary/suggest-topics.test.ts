import { describe, expect, it } from "vitest";
import { suggestTopics } from "../../src/summary/index.js";
import { foldWord } from "../../src/language/analyze.js";
import { corpusOf, loadArticle, palmyre } from "./fixtures.js";

describe("suggestTopics", () => {
  const corpus = corpusOf([palmyre()]);

  it("completes a partial word with the article's words, accents kept", () => {
    const topics = suggestTopics(corpus, "demin");
    expect(topics).toContain("déminage");
    expect(topics).toContain("démineurs");
    for (const topic of topics) expect(foldWord(topic)).toMatch(/(^|\s)demin/);
  });

  it("offers whole names rather than their parts (Etat islamique, not Etat alone)", () => {
    const topics = suggestTopics(corpus, "eta");
    expect(topics).toContain("Etat islamique");
    expect(topics).not.toContain("Etat");
    expect(suggestTopics(corpus, "assad")).toContain("Bachar Al-Assad");
  });

  it("lists the article's main topics, most prominent first, for an empty input", () => {
    const topics = suggestTopics(corpus, "", { limit: 5 });
    expect(topics).toHaveLength(5);
    expect(topics[0]).toBe("Palmyre");
  });

  it("completes the last word of a partial phrase", () => {
    expect(suggestTopics(corpus, "déminage sokh")).toEqual(["déminage Sokhné"]);
  });

  it("draws on the chosen article only", () => {
    const both = corpusOf([palmyre(), loadArticle("usine-valmont")]);
    expect(suggestTopics(both, "val", { article: "palmyre-offensive-2016" })).toEqual([]);
    expect(suggestTopics(both, "val", { article: "usine-valmont" })).toContain("Valmont");
    expect(suggestTopics(both, "val")).toContain("Valmont");
  });

  it("keeps every choice within Discord's 100 characters and the limit", () => {
    const topics = suggestTopics(corpus, "", { limit: 25 });
    expect(topics.length).toBeLessThanOrEqual(25);
    for (const topic of topics) expect(topic.length).toBeLessThanOrEqual(100);
  });
});
