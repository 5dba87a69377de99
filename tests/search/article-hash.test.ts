import { describe, expect, it } from "vitest";
import type { Article } from "../../src/corpus/types.js";
import { articleHash } from "../../src/search/index-state.js";

const article: Article = {
  id: "a",
  title: "Un titre",
  date: "2025-01-02",
  source: null,
  language: "fr",
  file: "a.txt",
  passages: [
    {
      id: "a#1",
      articleId: "a",
      paragraph: 1,
      text: "Une phrase. Une autre.",
      sentences: [
        { text: "Une phrase.", start: 0, end: 11 },
        { text: "Une autre.", start: 12, end: 22 },
      ],
    },
  ],
};

const passage = article.passages[0] as Article["passages"][number];
const withPassage = (change: Partial<typeof passage>): Article => ({
  ...article,
  passages: [{ ...passage, ...change }],
});

describe("articleHash", () => {
  it("is the same for an equal article and differs when any field changes", () => {
    const copy = structuredClone(article);
    expect(articleHash(copy)).toBe(articleHash(article));
    const changes: Article[] = [
      { ...article, id: "b" },
      { ...article, title: "Un titre." },
      { ...article, date: null },
      { ...article, source: "https://example.org" },
      { ...article, language: "en" },
      { ...article, file: "b.txt" },
      { ...article, passages: [] },
      { ...article, passages: [passage, passage] },
      withPassage({ id: "a#2" }),
      withPassage({ articleId: "b" }),
      withPassage({ paragraph: 2 }),
      withPassage({ text: "Une phrase. Une autre!" }),
      withPassage({ sentences: passage.sentences.slice(0, 1) }),
      withPassage({ sentences: [{ text: "Une phrase.", start: 0, end: 10 }] }),
    ];
    const hashes = new Set([articleHash(article), ...changes.map(articleHash)]);
    expect(hashes.size).toBe(changes.length + 1);
  });

  it("does not confuse fields whose texts run into each other", () => {
    expect(articleHash({ ...article, title: "ab", file: "c" })).not.toBe(
      articleHash({ ...article, title: "a", file: "bc" }),
    );
    expect(articleHash({ ...article, date: null })).not.toBe(articleHash({ ...article, date: "" }));
  });
});
