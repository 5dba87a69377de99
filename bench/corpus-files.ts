import { rm, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Corpus } from "../src/corpus/types.js";
import { defaultSyntheticSeed, generateSyntheticCorpus } from "./synthetic-corpus.js";

/**
 * Synthetic corpora written once per run as JSON for the worker processes (generating 100k
 * paragraphs takes ~20 s; scale and reindex share that file), removed by {@link removeCorpusFiles}.
 * They live in bench/results/*.tmp, which git ignores.
 */
const written = new Map<string, Promise<string>>();

export function syntheticCorpusFile(
  paragraphs: number,
  include: Corpus,
  log: (line: string) => void,
  seed = defaultSyntheticSeed,
): Promise<string> {
  const key = `${paragraphs}-${seed}`;
  let file = written.get(key);
  if (!file) {
    file = (async () => {
      const path = fileURLToPath(new URL(`results/synthetic-${key}.tmp`, import.meta.url));
      const started = performance.now();
      await writeFile(path, JSON.stringify(generateSyntheticCorpus({ paragraphs, include, seed })));
      log(
        `generated ${paragraphs} paragraphs (seed ${seed}) in ${Math.round(performance.now() - started)} ms`,
      );
      return path;
    })();
    written.set(key, file);
  }
  return file;
}

export async function removeCorpusFiles(): Promise<void> {
  const files = await Promise.allSettled(written.values());
  written.clear();
  await Promise.all(
    files.map((file) =>
      file.status === "fulfilled" ? rm(file.value, { force: true }) : undefined,
    ),
  );
}
