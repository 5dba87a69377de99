import type MiniSearch from "minisearch";
import { type BuiltEngine, COMPLETION_LIMIT, type IndexedPassage, RESULT_LIMIT } from "./types.js";

/** A filled MiniSearch index as a bench engine: ranked passage texts, autoSuggest, JSON size. */
export function builtMiniSearch(
  index: MiniSearch<IndexedPassage>,
  passages: readonly IndexedPassage[],
): BuiltEngine {
  return {
    search: (question) =>
      index
        .search(question)
        .slice(0, RESULT_LIMIT)
        .map((result) => (passages[result.id as number] as IndexedPassage).text),
    complete: (partial) => index.autoSuggest(partial).slice(0, COMPLETION_LIMIT),
    serializedBytes: async () => Buffer.byteLength(JSON.stringify(index)),
  };
}
