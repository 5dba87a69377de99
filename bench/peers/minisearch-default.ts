import MiniSearch from "minisearch";
import {
  COMPLETION_LIMIT,
  type IndexedPassage,
  type PeerEngine,
  passagesOf,
  RESULT_LIMIT,
} from "./types.js";

/**
 * MiniSearch with its default options (the same engine as `src/eval/baseline.ts`): the floor that
 * shows what Gazette's French analysis adds. Autocomplete is MiniSearch's own `autoSuggest`.
 */
export const minisearchDefault: PeerEngine = {
  name: "minisearch",
  configuration:
    "new MiniSearch({fields: [text, title]}) defaults (no stemming, exact terms, OR); autoSuggest for autocomplete.",
  async build(corpus) {
    const passages = passagesOf(corpus);
    const index = new MiniSearch<IndexedPassage>({ fields: ["text", "title"] });
    index.addAll(passages);
    return {
      search: (question) =>
        index
          .search(question)
          .slice(0, RESULT_LIMIT)
          .map((result) => (passages[result.id as number] as IndexedPassage).text),
      complete: (partial) => index.autoSuggest(partial).slice(0, COMPLETION_LIMIT),
      serializedBytes: async () => Buffer.byteLength(JSON.stringify(index)),
    };
  },
};
