import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Article, Corpus } from "../../src/corpus/types.js";
import { LiveIndex, type LiveIndexOptions } from "../../src/search/live-index.js";
import { buildPassageIndexAsync } from "../../src/search/passage-index.js";
import { articleOf, answersOf, fixtureCorpus, withOneArticleChanged } from "./index-fixtures.js";

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "gazette-reindex-"));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const corpus = fixtureCorpus();

/** A LiveIndex serving `first`, then the given corpora in turn; records every article analyzed. */
async function liveOver(first: Corpus, next: Corpus[], options: Partial<LiveIndexOptions> = {}) {
  const analyzed: string[] = [];
  const steps = [first, ...next];
  let loads = 0;
  const { live } = await LiveIndex.open({
    loadCorpus: async () => steps[Math.min(loads++, steps.length - 1)] as Corpus,
    onAnalyze: (article: Article) => analyzed.push(article.id),
    ...options,
  });
  analyzed.length = 0;
  return { live, analyzed };
}

describe("incremental reindex", { timeout: 120_000 }, () => {
  it("analyzes only the article that changed and answers as a fresh build of the new corpus", async () => {
    const changed = withOneArticleChanged(corpus);
    const { live, analyzed } = await liveOver(corpus, [changed]);
    const outcome = await live.reindex();
    expect(outcome).toMatchObject({
      ok: true,
      report: {
        source: "incremental",
        analyzedArticles: 1,
        diff: { added: [], removed: [], changed: ["musee#1", "musee#2"] },
      },
    });
    expect(analyzed).toEqual(["musee"]);
    const fresh = await buildPassageIndexAsync(changed);
    expect(answersOf(live.index, changed)).toEqual(answersOf(fresh, changed));
    expect(live.search("fresque découverte").results[0]?.passage.id).toBe("musee#2");
  });

  it("handles added and removed articles, then further updates, like fresh builds", async () => {
    const added = articleOf("fresque", "Une fresque retrouvée sous l'enduit", [
      "Les restaurateurs ont retrouvé une fresque du XVIe siècle sous l'enduit de la chapelle.",
    ]);
    const second: Corpus = {
      ...corpus,
      articles: [...corpus.articles.filter((article) => article.id !== "port"), added],
    };
    const third = withOneArticleChanged(second);
    const { live, analyzed } = await liveOver(corpus, [second, third]);

    expect(await live.reindex()).toMatchObject({
      ok: true,
      report: {
        source: "incremental",
        analyzedArticles: 1,
        diff: { removed: ["port#1", "port#2"] },
      },
    });
    expect(analyzed).toEqual(["fresque"]);
    expect(answersOf(live.index, second)).toEqual(
      answersOf(await buildPassageIndexAsync(second), second),
    );
    expect(live.search("grève des dockers").results.map((hit) => hit.article.id)).not.toContain(
      "port",
    );

    analyzed.length = 0;
    expect(await live.reindex()).toMatchObject({ ok: true, report: { source: "incremental" } });
    expect(analyzed).toEqual(["musee"]);
    expect(answersOf(live.index, third)).toEqual(
      answersOf(await buildPassageIndexAsync(third), third),
    );
  });

  it("keeps the index it replaced answering as before until the swap", async () => {
    const changed = withOneArticleChanged(corpus);
    const { live } = await liveOver(corpus, [changed]);
    const before = answersOf(live.index, corpus);
    const old = live.index;
    const pending = live.reindex();
    expect(answersOf(live.index, corpus)).toEqual(before);
    await pending;
    expect(live.index).not.toBe(old);
  });

  it("rebuilds from scratch when more passages change than an update is worth", async () => {
    const changed = withOneArticleChanged(corpus);
    const { live, analyzed } = await liveOver(corpus, [changed], { maxIncrementalPassages: 1 });
    expect(await live.reindex()).toMatchObject({ ok: true, report: { source: "full" } });
    expect(analyzed).toHaveLength(changed.articles.length);
  });

  it("writes a snapshot of the updated index that reads back to the same answers", async () => {
    const changed = withOneArticleChanged(corpus);
    const { live } = await liveOver(corpus, [changed], { dataDir });
    await live.reindex();
    await live.flushed();
    const { live: reopened, report } = await LiveIndex.open({
      loadCorpus: async () => changed,
      dataDir,
    });
    expect(report.source).toBe("snapshot");
    expect(answersOf(reopened.index, changed)).toEqual(answersOf(live.index, changed));
  });
});

describe("full rebuild in a worker thread", () => {
  // A worker starts its own module graph (through tsx here): seconds on a busy machine.
  it("builds off the main thread and answers as a build here", { timeout: 120_000 }, async () => {
    const changed = withOneArticleChanged(corpus);
    const { live } = await liveOver(corpus, [changed], {
      maxIncrementalPassages: 0,
      workerAbovePassages: 0,
      onAnalyze: undefined,
    });
    const outcome = await live.reindex();
    expect(outcome).toMatchObject({ ok: true, report: { source: "worker" } });
    expect(answersOf(live.index, changed)).toEqual(
      answersOf(await buildPassageIndexAsync(changed), changed),
    );
  });

  it(
    "leaves its snapshot in the data directory for the next start",
    { timeout: 120_000 },
    async () => {
      const changed = withOneArticleChanged(corpus);
      const { live } = await liveOver(corpus, [changed], {
        maxIncrementalPassages: 0,
        workerAbovePassages: 0,
        onAnalyze: undefined,
        dataDir,
      });
      expect(await live.reindex()).toMatchObject({ ok: true, report: { source: "worker" } });
      const { report } = await LiveIndex.open({ loadCorpus: async () => changed, dataDir });
      expect(report.source).toBe("snapshot");
    },
  );
});
