import { cp, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Corpus } from "../../src/corpus/types.js";
import { Library } from "../../src/library.js";
import { LiveIndex, type LiveIndexOptions } from "../../src/search/live-index.js";
import { fixtureCorpus, withOneArticleChanged } from "./index-fixtures.js";

// What a reindex replaces must be collectable once it is swapped out: these tests hold the old
// index only through a WeakRef, force collections and check that it went. (A correctness check
// of what is retained, not a measure of memory.)
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

/** Collects until `ref` is cleared (a WeakRef's target survives the job that read it). */
async function collected(ref: WeakRef<object>): Promise<boolean> {
  for (let attempt = 0; attempt < 10; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    collectGarbage();
    if (ref.deref() === undefined) return true;
  }
  return false;
}

const corpus = fixtureCorpus();

/** A LiveIndex serving `corpus`, then the given corpora in turn. */
async function liveOver(next: Corpus[], options: Partial<LiveIndexOptions> = {}) {
  const steps = [corpus, ...next];
  let loads = 0;
  const { live } = await LiveIndex.open({
    loadCorpus: async () => steps[Math.min(loads++, steps.length - 1)] as Corpus,
    ...options,
  });
  return live;
}

describe("a reindex releases what it replaced", { timeout: 120_000 }, () => {
  it("lets the previous index be collected after a rebuild", async () => {
    const live = await liveOver([withOneArticleChanged(corpus)], { maxIncrementalPassages: 0 });
    const previous = new WeakRef(live.index);
    expect(await live.reindex()).toMatchObject({ ok: true, report: { source: "full" } });
    expect(await collected(previous)).toBe(true);
  });

  it("lets the previous index be collected after an incremental update", async () => {
    const live = await liveOver([withOneArticleChanged(corpus)]);
    const previous = new WeakRef(live.index);
    const previousState = new WeakRef(live.index.state);
    expect(await live.reindex()).toMatchObject({ ok: true, report: { source: "incremental" } });
    expect(await collected(previous)).toBe(true);
    expect(await collected(previousState)).toBe(true);
  });

  it("keeps no reindex outcome (its diff lists every passage id) once the caller drops it", async () => {
    const live = await liveOver([withOneArticleChanged(corpus)], { maxIncrementalPassages: 0 });
    const outcome = await (async () => new WeakRef(await live.reindex()))();
    expect(await collected(outcome)).toBe(true);
  });

  it("lets the previous index be collected after a worker build", async () => {
    const live = await liveOver([withOneArticleChanged(corpus)], {
      maxIncrementalPassages: 0,
      workerAbovePassages: 0,
    });
    const previous = new WeakRef(live.index);
    expect(await live.reindex()).toMatchObject({ ok: true, report: { source: "worker" } });
    expect(await collected(previous)).toBe(true);
  });
});

describe("a library reindexed to a larger corpus and back", { timeout: 120_000 }, () => {
  let corpusDir: string;
  let dataDir: string;
  beforeEach(async () => {
    corpusDir = await mkdtemp(path.join(tmpdir(), "gazette-release-"));
    dataDir = await mkdtemp(path.join(tmpdir(), "gazette-release-data-"));
    await cp(path.join(import.meta.dirname, "../fixtures/corpus"), corpusDir, { recursive: true });
  });
  afterEach(async () => {
    await rm(corpusDir, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  });

  it("keeps neither the larger index nor its corpus", async () => {
    const { library } = await Library.open({
      corpusDir,
      dataDir,
      rebuild: { maxIncrementalPassages: 0 },
    });
    await library.flushed();
    for (const article of corpus.articles) {
      await writeFile(
        path.join(corpusDir, `large-${article.id}.txt`),
        `---\nid: large-${article.id}\ntitle: ${article.title}\nlanguage: fr\n---\n\n${article.passages.map((passage) => passage.text).join("\n\n")}\n`,
      );
    }
    expect(await library.reindex()).toMatchObject({ ok: true });
    await library.flushed();
    const large = new WeakRef(library.live.index);
    const largeCorpus = new WeakRef(library.live.corpus);
    for (const file of await readdir(corpusDir)) {
      if (file.startsWith("large-")) await rm(path.join(corpusDir, file));
    }
    expect(await library.reindex()).toMatchObject({ ok: true });
    await library.flushed();
    expect(await collected(large)).toBe(true);
    expect(await collected(largeCorpus)).toBe(true);
  });
});
