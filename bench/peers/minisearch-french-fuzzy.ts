import MiniSearch from "minisearch";
import snowball from "snowball-stemmers";
import { fra } from "stopword";
import { builtMiniSearch } from "./minisearch-built.js";
import { type IndexedPassage, type PeerEngine, passagesOf } from "./types.js";

const stemmer = snowball.newStemmer("french");
const stopwords = new Set(fra);

/**
 * The "straightforward French fuzzy+prefix" MiniSearch the issue sets as the 10x comparison point:
 * French Snowball stemmer and the `stopword` package's French list as `processTerm` (the two
 * packages Gazette already depends on), and the usual typo-tolerant setup from MiniSearch's README,
 * `fuzzy: 0.2, prefix: true`, for search and autocomplete alike.
 */
export const minisearchFrenchFuzzy: PeerEngine = {
  name: "minisearch-fr-fuzzy",
  configuration:
    "MiniSearch, processTerm = lowercase → drop `stopword` fra → Snowball french stem; searchOptions {fuzzy: 0.2, prefix: true}; autoSuggest with the same.",
  async build(corpus) {
    const passages = passagesOf(corpus);
    const index = new MiniSearch<IndexedPassage>({
      fields: ["text", "title"],
      processTerm: frenchTerm,
      searchOptions: { fuzzy: 0.2, prefix: true },
    });
    index.addAll(passages);
    return builtMiniSearch(index, passages);
  },
};

/** Lower-cased, stopwords dropped, Snowball-stemmed. Elided articles split off by MiniSearch's tokenizer (it splits on ’ and '). */
export function frenchTerm(term: string): string | null {
  const lower = term.toLowerCase();
  if (lower.length < 2 || stopwords.has(lower)) return null;
  return stemmer.stem(lower);
}
