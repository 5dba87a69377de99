import { describe, expect, it } from "vitest";
import { type SummaryResult, summarize } from "../../src/summary/index.js";
import { corpusOf, loadArticle, palmyre, realAliases } from "./fixtures.js";

function texts(result: SummaryResult): string[] {
  if (result.kind !== "summary") throw new Error(`expected a summary, got ${result.kind}`);
  return result.sentences.map((sentence) => sentence.text);
}

describe("summarize with a topic", () => {
  const corpus = corpusOf([palmyre()], realAliases());

  it("keeps to the sentences about the topic, and says which topic", () => {
    const result = summarize(corpus, { topic: "déminage", length: "medium" });
    expect(result).toMatchObject({ kind: "summary", topic: "déminage" });
    const found = texts(result);
    expect(found.some((text) => text.includes("démineurs russes"))).toBe(true);
    expect(found.every((text) => /démin|désamorcer/.test(text))).toBe(true);
  });

  it("finds the topic without accents and through a shared beginning (deminage → démineurs)", () => {
    expect(texts(summarize(corpus, { topic: "deminage" }))).toEqual(
      texts(summarize(corpus, { topic: "déminage" })),
    );
    expect(texts(summarize(corpus, { topic: "demineur" })).join(" ")).toContain("démineurs russes");
  });

  it("tolerates a typo in the topic", () => {
    const found = texts(summarize(corpus, { topic: "Sokhnee" }));
    expect(found.some((text) => text.includes("reprendre Sokhné"))).toBe(true);
  });

  it("expands the topic through the corpus aliases (Daech → Etat islamique)", () => {
    const found = texts(summarize(corpus, { topic: "Daech" }));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((text) => /Etat islamique/.test(text))).toBe(true);
    const withoutAliases = summarize(corpusOf([palmyre()]), { topic: "Daech" });
    expect(withoutAliases.kind).toBe("off-topic");
  });

  it("answers off-topic, with words the article contains, when it does not talk about the topic", () => {
    const result = summarize(corpus, { topic: "football" });
    if (result.kind !== "off-topic") throw new Error(`expected off-topic, got ${result.kind}`);
    expect(result.topic).toBe("football");
    expect(result.article.id).toBe("palmyre-offensive-2016");
    expect(result.suggestions.length).toBeGreaterThan(0);
    expect(result.suggestions).toContain("Palmyre");
    const text = palmyre()
      .passages.map((passage) => passage.text)
      .join(" ");
    for (const suggestion of result.suggestions) expect(text).toContain(suggestion);
  });

  it("answers off-topic when the only word found is one the whole article is about", () => {
    expect(summarize(corpus, { topic: "football à Palmyre" }).kind).toBe("off-topic");
  });

  it("suggests the article's own spelling of a word close to the topic", () => {
    const result = summarize(corpus, { topic: "Monaco" });
    if (result.kind !== "off-topic") throw new Error(`expected off-topic, got ${result.kind}`);
    expect(result.suggestions[0]).toBe("monastère");
  });

  it("focuses another kind of article too (strike in the factory article)", () => {
    const factory = corpusOf([loadArticle("usine-valmont")]);
    const found = texts(summarize(factory, { topic: "grève" }));
    expect(found.some((text) => text.includes("appelle à une grève"))).toBe(true);
  });
});
