import { describe, expect, it } from "vitest";
import type { Article } from "../../src/corpus/types.js";
import { summarize } from "../../src/summary/index.js";
import { corpusOf, loadArticle, palmyre } from "./fixtures.js";
import { coverage, type KeyFact, palmyreKeyFacts, valmontKeyFacts } from "./key-facts.js";

// Coverage of hand-picked key facts by the medium summary, on two articles of different kinds
// (war report, economy news), against the first sentences of the article (the "lead" baseline,
// strong on news). Figures are reported in the README; these floors catch regressions.
function measure(article: Article, facts: readonly KeyFact[]) {
  const result = summarize(corpusOf([article]), { length: "medium" });
  if (result.kind !== "summary") throw new Error(`expected a summary, got ${result.kind}`);
  const lead = article.passages
    .flatMap((passage) => passage.sentences)
    .slice(0, result.sentences.length);
  return { summary: coverage(result.sentences, facts), lead: coverage(lead, facts) };
}

describe("key-fact coverage of medium summaries", () => {
  it("covers at least 5 of the 8 key facts of the Palmyre article, as many as its lead", () => {
    const { summary, lead } = measure(palmyre(), palmyreKeyFacts);
    expect(summary).toBeGreaterThanOrEqual(5 / 8);
    expect(summary).toBeGreaterThanOrEqual(lead);
  });

  it("covers at least 5 of the 8 key facts of the factory article, more than its lead", () => {
    const { summary, lead } = measure(loadArticle("usine-valmont"), valmontKeyFacts);
    expect(summary).toBeGreaterThanOrEqual(5 / 8);
    expect(summary).toBeGreaterThan(lead);
  });
});
