import MiniSearch from "minisearch";
import type { Corpus } from "../corpus/types.js";
import type { RetrievalEngine } from "./metrics.js";

/**
 * MiniSearch with its default options over the same passages (text and title): the floor that
 * Gazette's French analysis, expansion and ranking are measured against.
 */
export function plainMiniSearchEngine(corpus: Corpus): RetrievalEngine {
  const passages = corpus.articles.flatMap((article) =>
    article.passages.map((passage) => ({
      id: passage.id,
      text: passage.text,
      title: article.title,
    })),
  );
  const search = new MiniSearch({ fields: ["text", "title"], storeFields: ["text"] });
  search.addAll(passages);
  return {
    name: "minisearch-default",
    search: (question) => search.search(question).map((result) => String(result.text)),
  };
}
