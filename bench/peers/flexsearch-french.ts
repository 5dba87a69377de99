import { Charset, Document, Encoder } from "flexsearch";
import FrenchPreset from "flexsearch/lang/fr";
import {
  COMPLETION_LIMIT,
  type IndexedPassage,
  type PeerEngine,
  passagesOf,
  RESULT_LIMIT,
} from "./types.js";

/**
 * FlexSearch 0.8 as its README and examples set it up for a language: a Document index over text
 * and title, `tokenize: "forward"` (prefix matching, needed for autocomplete), and the encoder
 * `new Encoder(Charset.LatinBalance, FrenchPreset)` (accent folding and light phonetic balancing,
 * plus the French language pack's stopword filter and suffix stemmer). FlexSearch intersects the
 * query's terms by default, which leaves almost every natural-language question with nothing;
 * `suggest: true` is its documented switch to return partial matches, ranked.
 */
export const flexsearchFrench: PeerEngine = {
  name: "flexsearch-fr",
  configuration:
    'Document{index: [text, title]}, tokenize "forward", encoder new Encoder(Charset.LatinBalance, lang/fr); search {limit: 10, suggest: true, merge: true}.',
  async build(corpus) {
    const passages = passagesOf(corpus);
    const index = new Document<{ id: number; text: string; title: string }>({
      document: { id: "id", index: ["text", "title"] },
      tokenize: "forward",
      // Same as `new Encoder(Charset.LatinBalance, FrenchPreset)`, which the typings do not accept.
      encoder: new Encoder(Charset.LatinBalance).assign(FrenchPreset),
    });
    for (const passage of passages) index.add(passage);
    const run = (query: string, limit: number): number[] => {
      const results = index.search(query, { limit, suggest: true, merge: true }) as unknown as {
        id: number;
      }[];
      return results.map((result) => result.id);
    };
    return {
      search: (question) =>
        run(question, RESULT_LIMIT).map((id) => (passages[id] as IndexedPassage).text),
      complete: (partial) => run(partial, COMPLETION_LIMIT),
      serializedBytes: async () => {
        let bytes = 0;
        await index.export((_key, data) => {
          bytes += Buffer.byteLength(data ?? "");
        });
        return bytes;
      },
    };
  },
};
