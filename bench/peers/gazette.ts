import { buildPassageIndexAsync } from "../../src/search/passage-index.js";
import { COMPLETION_LIMIT, type PeerEngine, RESULT_LIMIT } from "./types.js";

/** Gazette as the bot runs it: default options, the async (sliced) build, search and suggest. */
export const gazette: PeerEngine = {
  name: "gazette",
  configuration:
    "buildPassageIndexAsync(corpus) with its defaults; search(q, {limit: 10}); suggest(partial, 25). No serialization API.",
  async build(corpus) {
    const index = await buildPassageIndexAsync(corpus);
    return {
      search: (question) =>
        index.search(question, { limit: RESULT_LIMIT }).results.map((hit) => hit.passage.text),
      complete: (partial) => index.suggest(partial, COMPLETION_LIMIT),
      serializedBytes: async () => null,
    };
  },
};
