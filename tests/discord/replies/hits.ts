import type { Article } from "../../../src/corpus/types.js";
import type { Highlight, SearchHit, SearchResponse } from "../../../src/search/types.js";
import { splitSentences } from "../../../src/text/sentences.js";

/** An article whose paragraphs are `paragraphs`. */
export function articleOf(
  paragraphs: string[],
  fields: Partial<Omit<Article, "passages">> = {},
): Article {
  const id = fields.id ?? "greve-port";
  return {
    id,
    title: "Grève au port de Marseille",
    date: "2024-05-02",
    source: "https://example.org/greve",
    language: "fr",
    file: `${id}.txt`,
    ...fields,
    passages: paragraphs.map((text, index) => ({
      id: `${id}#${index + 1}`,
      articleId: id,
      paragraph: index + 1,
      text,
      sentences: splitSentences(text),
    })),
  };
}

/** Highlights of every occurrence of `words` in `text`. */
export function highlightsOf(text: string, words: string[]): Highlight[] {
  const spans: Highlight[] = [];
  for (const word of words) {
    for (const match of text.matchAll(new RegExp(word, "g"))) {
      spans.push([match.index, match.index + word.length]);
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/** A hit on paragraph `paragraph` of `article`, its best sentence the `sentence`-th. */
export function hitOf(
  article: Article,
  paragraph: number,
  words: string[],
  sentence = 0,
): SearchHit {
  const passage = article.passages[paragraph - 1];
  if (!passage) throw new Error(`no paragraph ${paragraph}`);
  const best = passage.sentences[sentence];
  if (!best) throw new Error(`no sentence ${sentence}`);
  return {
    passage,
    article,
    score: 1,
    coverage: 1,
    bestSentence: best,
    highlights: highlightsOf(passage.text, words),
  };
}

export function responseOf(query: string, results: SearchHit[], hasMore = false): SearchResponse {
  return { query, results, hasMore, suggestions: [] };
}
