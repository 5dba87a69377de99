import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { rm } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Corpus } from "../corpus/types.js";
import type { BuildWorkerReply, BuildWorkerRequest } from "./build-worker.js";
import type { PassageIndex, PassageIndexSettings } from "./passage-index.js";
import { type CorpusKey, readSnapshot } from "./snapshot.js";

/** Articles per message: each batch is cloned in a few milliseconds on either side. */
const ARTICLES_PER_MESSAGE = 64;

/**
 * Builds the index of `corpus` from scratch in a worker thread, so that the event loop of this
 * thread only ever copies a batch of articles out or reads back a line of the result: the worker
 * writes the built state as a snapshot (to `file`, or to a temporary file removed afterwards when
 * `file` is null), which is read here in slices. Works from the TypeScript sources (tsx: tests,
 * `npm run dev`) and from the compiled `dist/` alike.
 */
export async function buildInWorker(
  corpus: Corpus,
  key: CorpusKey,
  settings: PassageIndexSettings,
  file: string | null,
  pause: () => Promise<void> | undefined,
): Promise<PassageIndex> {
  const target =
    file ?? path.join(tmpdir(), `gazette-index-${process.pid}-${randomBytes(4).toString("hex")}`);
  const worker = startWorker();
  try {
    const done = new Promise<BuildWorkerReply>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
      worker.once("exit", (code) =>
        reject(new Error(`the index build worker stopped (exit code ${code})`)),
      );
    });
    for (let start = 0; start < corpus.articles.length; start += ARTICLES_PER_MESSAGE) {
      const items = corpus.articles.slice(start, start + ARTICLES_PER_MESSAGE);
      worker.postMessage({ t: "articles", items } satisfies BuildWorkerRequest);
      await pause();
    }
    worker.postMessage({
      t: "build",
      aliases: corpus.aliases,
      key: key.key,
      file: target,
      settings: { titleBoost: settings.titleBoost, bm25: settings.bm25 },
    } satisfies BuildWorkerRequest);
    const reply = await done;
    if (reply.t === "failed") throw new Error(`the index build worker failed: ${reply.message}`);
    return await readSnapshot(target, corpus, key, settings, pause);
  } finally {
    await worker.terminate();
    if (file === null) await rm(target, { force: true });
  }
}

/**
 * The worker: the compiled `build-worker.js`, or when this module runs from source (tsx, vitest)
 * `build-worker.ts` imported once tsx's loader is registered in the worker (a worker does not
 * inherit the loader hooks of its parent).
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith(".ts"))
    return new Worker(new URL("./build-worker.js", import.meta.url));
  const tsxPackage = createRequire(import.meta.url).resolve("tsx/package.json");
  const api = pathToFileURL(path.join(path.dirname(tsxPackage), "dist/esm/api/index.mjs")).href;
  const script = new URL("./build-worker.ts", import.meta.url).href;
  return new Worker(
    `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(script)}); });`,
    { eval: true },
  );
}
