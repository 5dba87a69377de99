import { beforeAll, describe, expect, it } from "vitest";
import { buildPassageIndexAsync, type PassageIndex } from "../../src/search/passage-index.js";
import { summarize } from "../../src/summary/summarize.js";
import { corpusOf, loadArticle } from "./fixtures.js";

// Topics typed as members type them: English, familiar, a synonym, a typo by ear. Each is resolved
// by the same term resolver in `/ask` and in `/summary topic`, so the two must agree.
const TOPICS = [
  "factory",
  "jobs",
  "boulot",
  "syndicats",
  "grève",
  "strike",
  "licenciements",
  "usinne",
];

describe("/summary topic and /ask", () => {
  const corpus = corpusOf([loadArticle("usine-valmont")]);
  let index: PassageIndex;
  beforeAll(async () => {
    index = await buildPassageIndexAsync(corpus);
  });

  it.each(TOPICS)(
    "a topic /ask finds (%s) is a topic the summary covers, from those paragraphs",
    (topic) => {
      const found = index.search(topic, { limit: 3 }).results.map((hit) => hit.passage.paragraph);
      expect(found.length).toBeGreaterThan(0);
      const summary = summarize(corpus, { topic, length: "medium" });
      expect(summary.kind).toBe("summary");
      if (summary.kind !== "summary") return;
      const cited = summary.sentences.map((sentence) => sentence.paragraph);
      expect(cited.some((paragraph) => found.includes(paragraph))).toBe(true);
    },
  );

  it("an off-topic request finds nothing in either", () => {
    expect(index.search("football").results).toEqual([]);
    expect(summarize(corpus, { topic: "football" }).kind).toBe("off-topic");
  });
});
