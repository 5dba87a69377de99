import type { Corpus } from "../../src/corpus/types.js";

/**
 * A search engine under test, configured once for French news passages. Every engine indexes the
 * same passages (paragraph text plus its article's title) and answers with passage texts.
 */
export interface PeerEngine {
  /** Short stable name used in tables and JSON, e.g. `lunr-fr`. */
  name: string;
  /** One line saying how it is configured and why (printed with the results). */
  configuration: string;
  build(corpus: Corpus): Promise<BuiltEngine>;
}

/** A built index. */
export interface BuiltEngine {
  /** Up to 10 passage texts, best first; an empty list only when the engine found nothing. */
  search(question: string): string[];
  /** What the engine offers for autocomplete of a partial question (suggestions or passages). */
  complete(partial: string): unknown[];
  /** Size of the engine's own serialized form in bytes, or null when it has none. */
  serializedBytes(): Promise<number | null>;
}

/** The passages of a corpus in index order, with their article's title. */
export interface IndexedPassage {
  id: number;
  text: string;
  title: string;
}

/** Flattens a corpus into passages numbered from 0 (the number is the engines' document id). */
export function passagesOf(corpus: Corpus): IndexedPassage[] {
  const passages: IndexedPassage[] = [];
  for (const article of corpus.articles) {
    for (const passage of article.passages)
      passages.push({ id: passages.length, text: passage.text, title: article.title });
  }
  return passages;
}

/** Number of results every engine is asked for. */
export const RESULT_LIMIT = 10;
/** Discord shows at most 25 autocomplete choices: each engine is asked for that many. */
export const COMPLETION_LIMIT = 25;
