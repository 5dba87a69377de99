/**
 * The worker thread behind {@link buildInWorker}: receives a corpus in batches of articles, builds
 * its index state from scratch (holding only this thread) and writes it as a snapshot file, which
 * the main thread then reads in slices. Messages: `{ t: "articles", items }`…, then `{ t: "build" }`;
 * answers `{ t: "written" }` or `{ t: "failed", message }`.
 */
import { parentPort } from "node:worker_threads";
import type { AliasGroups, Article } from "../corpus/types.js";
import { buildIndexState, type StateSettings } from "./index-state.js";
import { writeSnapshot } from "./snapshot.js";

/** What the main thread sends. */
export type BuildWorkerRequest =
  | { t: "articles"; items: Article[] }
  | {
      t: "build";
      aliases: AliasGroups;
      key: string;
      file: string;
      settings: StateSettings;
    };

/** What the worker answers. */
export type BuildWorkerReply = { t: "written" } | { t: "failed"; message: string };

const port = parentPort;
if (!port) throw new Error("build-worker: run me as a worker thread (see buildInWorker)");
const articles: Article[] = [];
port.on("message", (request: BuildWorkerRequest) => {
  if (request.t === "articles") {
    articles.push(...request.items);
    return;
  }
  const corpus = { articles, aliases: request.aliases };
  buildIndexState(corpus, request.settings, () => undefined)
    .then((state) => writeSnapshot(state, request.key, request.file))
    .then(
      () => port.postMessage({ t: "written" } satisfies BuildWorkerReply),
      (error: unknown) =>
        port.postMessage({
          t: "failed",
          message: error instanceof Error ? error.message : String(error),
        } satisfies BuildWorkerReply),
    );
});
