import { create, insertMultiple, type Results, save, search } from "@orama/orama";
import { language, stemmer } from "@orama/stemmers/french";
import { fra } from "stopword";
import {
  COMPLETION_LIMIT,
  type IndexedPassage,
  type PeerEngine,
  passagesOf,
  RESULT_LIMIT,
} from "./types.js";

/**
 * Orama with the French tokenizer and stemmer from `@orama/stemmers/french` (as its docs show) and
 * French stopwords. `@orama/stopwords` is not installed, so the `stopword` package's French list
 * (already a dependency of Gazette) stands in. Search defaults: BM25, prefix matching of terms,
 * any-term match. Autocomplete: the same search on the partial text (Orama matches term prefixes).
 */
export const oramaFrench: PeerEngine = {
  name: "orama-fr",
  configuration:
    "create({schema: {text, title: string}, components.tokenizer: {language: french, stemming: true, stemmer: @orama/stemmers/french, stopWords: stopword fra}}); search {term, properties: [text, title], limit}.",
  async build(corpus) {
    const passages = passagesOf(corpus);
    const db = create({
      schema: { text: "string", title: "string" } as const,
      components: { tokenizer: { language, stemming: true, stemmer, stopWords: [...fra] } },
    });
    await insertMultiple(
      db,
      passages.map((passage) => ({
        id: String(passage.id),
        text: passage.text,
        title: passage.title,
      })),
    );
    const run = (term: string, limit: number): number[] => {
      const results = search(db, { term, properties: ["text", "title"], limit }) as Results<{
        id: string;
      }>;
      if (results instanceof Promise)
        throw new Error("orama-fr: search unexpectedly returned a promise");
      return results.hits.map((hit) => Number(hit.id));
    };
    return {
      search: (question) =>
        run(question, RESULT_LIMIT).map((id) => (passages[id] as IndexedPassage).text),
      complete: (partial) => run(partial, COMPLETION_LIMIT),
      serializedBytes: async () => Buffer.byteLength(JSON.stringify(save(db))),
    };
  },
};
