import lunr from "lunr";
import lunrFrench from "lunr-languages/lunr.fr.js";
import lunrStemmerSupport from "lunr-languages/lunr.stemmer.support.js";
import {
  COMPLETION_LIMIT,
  type IndexedPassage,
  type PeerEngine,
  passagesOf,
  RESULT_LIMIT,
} from "./types.js";

lunrStemmerSupport(lunr);
lunrFrench(lunr);

// Lunr's tokenizer splits on spaces and hyphens only, so `l’armée` would be one token that neither
// the French stopword filter nor the stemmer can read: splitting on apostrophes too is the first
// fix anyone indexing French with Lunr makes.
lunr.tokenizer.separator = /[\s\-'’]+/;

// The typings of lunr-languages do not declare the `fr` plugin on the lunr namespace.
const french = (lunr as unknown as { fr: lunr.Builder.Plugin }).fr;

/**
 * Lunr with lunr-languages' French plugin (French trimmer, stopwords and Snowball stemmer in the
 * index and search pipelines). Questions are passed as terms through `idx.query` rather than
 * `idx.search`, because user text such as `Al-Qaryatayn` or `c'est quoi: ...` would otherwise be
 * parsed as Lunr query syntax and throw. Autocomplete: the last word with a trailing wildcard.
 */
export const lunrFrenchEngine: PeerEngine = {
  name: "lunr-fr",
  configuration:
    "lunr + lunr-languages fr (trimmer, stopwords, stemmer), tokenizer also split on ’ and '; query via idx.query(terms) (no query syntax); autocomplete = last term with trailing wildcard.",
  async build(corpus) {
    const passages = passagesOf(corpus);
    const index = lunr(function () {
      this.use(french);
      this.ref("id");
      this.field("text");
      this.field("title");
      for (const passage of passages) this.add(passage);
    });
    const textOf = (ref: string) => (passages[Number(ref)] as IndexedPassage).text;
    return {
      search: (question) => {
        const terms = lunr.tokenizer(question);
        if (terms.length === 0) return [];
        return index
          .query((query) => {
            query.term(terms, {});
          })
          .slice(0, RESULT_LIMIT)
          .map((result) => textOf(result.ref));
      },
      complete: (partial) => {
        const terms = lunr.tokenizer(partial);
        const last = terms.pop();
        if (!last) return [];
        return index
          .query((query) => {
            if (terms.length > 0) query.term(terms, {});
            query.term(last.toString().toLowerCase(), {
              wildcard: lunr.Query.wildcard.TRAILING,
              usePipeline: false,
            });
          })
          .slice(0, COMPLETION_LIMIT);
      },
      serializedBytes: async () => Buffer.byteLength(JSON.stringify(index)),
    };
  },
};
