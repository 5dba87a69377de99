import MiniSearch from "minisearch";
import { builtMiniSearch } from "./minisearch-built.js";
import { type IndexedPassage, type PeerEngine, passagesOf } from "./types.js";

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
    return builtMiniSearch(index, passages);
  },
};
