/**
 * `node --expose-gc --import tsx bench/reindex-memory.ts [--paragraphs N]`: what a large reindex
 * leaves behind. A {@link Library} on a copy of the fixture corpus (with a data directory), a
 * reindex to N synthetic paragraphs written next to it, then a reindex back to the small corpus;
 * the heap in use after forced collections, RSS, and whether the large index was collected are
 * printed at each step. The large corpus is generated and written by another process, so that
 * nothing of it stays in this one but what Gazette keeps. Exits 1 when the heap after the reindex
 * back is more than `--margin` MB (default 5) above the heap before. Not part of `npm test`.
 */
import { execFileSync } from "node:child_process";
import { cp, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { Library } from "../src/library.js";
import { generateSyntheticCorpus } from "./synthetic-corpus.js";

const { values } = parseArgs({
  options: {
    paragraphs: { type: "string", default: "10000" },
    margin: { type: "string", default: "5" },
    /** Internal: write the synthetic corpus into this directory and exit. */
    "write-to": { type: "string" },
  },
});
const paragraphs = Number(values.paragraphs);

if (values["write-to"]) {
  const directory = values["write-to"];
  const corpus = generateSyntheticCorpus({ paragraphs });
  await Promise.all(
    corpus.articles.map((article) =>
      writeFile(
        path.join(directory, `large-${article.id}.txt`),
        `---\nid: ${article.id}\ntitle: ${article.title}\nlanguage: fr\n---\n\n${article.passages
          .map((passage) => passage.text)
          .join("\n\n")}\n`,
      ),
    ),
  );
  process.exit(0);
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("reindex-memory: run me with node --expose-gc --import tsx");
const collect = gc;

const megabytes = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
/**
 * The heap in use after full collections, typed arrays' contents included (the index's postings
 * live in them); a WeakRef's target survives the job that read it.
 */
async function settledHeap(): Promise<number> {
  for (let round = 0; round < 3; round++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    collect();
  }
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}
function line(step: string, heap: number, extra = "") {
  const { rss, external } = process.memoryUsage();
  process.stdout.write(
    `${step.padEnd(34)} heap ${megabytes(heap).padStart(9)}  RSS ${megabytes(rss).padStart(9)}  external ${megabytes(external).padStart(8)}${extra}\n`,
  );
}

const corpusDir = await mkdtemp(path.join(tmpdir(), "gazette-memory-"));
const dataDir = await mkdtemp(path.join(tmpdir(), "gazette-memory-data-"));
try {
  await cp(fileURLToPath(new URL("../tests/fixtures/corpus/", import.meta.url)), corpusDir, {
    recursive: true,
  });
  const { library } = await Library.open({ corpusDir, dataDir });
  await library.flushed();
  const before = await settledHeap();
  line("small corpus", before);

  execFileSync(process.execPath, [
    "--import",
    "tsx",
    fileURLToPath(import.meta.url),
    "--paragraphs",
    String(paragraphs),
    "--write-to",
    corpusDir,
  ]);
  const large = await library.reindex();
  await library.flushed();
  const largeIndex = new WeakRef(library.live.index);
  line(
    `after a reindex to ${paragraphs} paragraphs`,
    await settledHeap(),
    `  (${large.ok ? large.report.source : "failed"}, ${library.live.stats.passages} passages)`,
  );

  for (const file of await readdir(corpusDir)) {
    if (file.startsWith("large-")) await rm(path.join(corpusDir, file));
  }
  const back = await library.reindex();
  await library.flushed();
  const after = await settledHeap();
  line(
    "after the reindex back",
    after,
    `  (${back.ok ? back.report.source : "failed"}, ${library.live.stats.passages} passages; the large index ${largeIndex.deref() ? "is STILL HELD" : "was collected"})`,
  );
  const held = (after - before) / 1048576;
  process.stdout.write(
    `held after the reindex back: ${held.toFixed(1)} MB (margin ${values.margin} MB)\n`,
  );
  process.exitCode = held <= Number(values.margin) ? 0 : 1;
} finally {
  await rm(corpusDir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
}
