import type { Article, Passage, Sentence } from "../corpus/types.js";

/** `[start, end)` offsets of a matched word in a passage's text (UTF-16 code units). */
export type Highlight = readonly [start: number, end: number];

/** One passage found for a question. */
export interface SearchHit {
  passage: Passage;
  article: Article;
  /** Relevance score (higher is better); only comparable within one response. */
  score: number;
  /** Part of the question's weight the passage matches, in [0, 1]. */
  coverage: number;
  /** The sentence of the passage that best answers the question. */
  bestSentence: Sentence;
  /** Spans of the passage text that match the question's words, sorted, not overlapping. */
  highlights: Highlight[];
}

/** What a search returns: ranked hits, or none and "did you mean" terms. */
export interface SearchResponse {
  query: string;
  /** Best first. Empty when nothing in the corpus is relevant enough (an honest "no answer"). */
  results: SearchHit[];
  /** Whether more relevant hits exist past `offset + limit` (for a "more results" button). */
  hasMore: boolean;
  /** Words the corpus does contain that are closest to the question's words (on a miss, mostly). */
  suggestions: string[];
}

export interface SearchOptions {
  /** How many hits at most (default 3). */
  limit?: number;
  /** How many of the best hits to skip, for paging (default 0). */
  offset?: number;
}

/** Size of a built index. */
export interface IndexStats {
  articles: number;
  passages: number;
  /** Distinct index terms. */
  terms: number;
}
