import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Corpus } from "../../src/corpus/types.js";
import { LiveIndex } from "../../src/search/live-index.js";
import { buildPassageIndexAsync, passageIndexSettings } from "../../src/search/passage-index.js";
import {
  corpusKey,
  readSnapshot,
  SNAPSHOT_FILE,
  SnapshotError,
  writeSnapshot,
} from "../../src/search/snapshot.js";
import { recordingLogger } from "../discord/e2e/start-gazette.js";
import { answersOf, fixtureCorpus, withOneArticleChanged } from "./index-fixtures.js";

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "gazette-snapshot-"));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const corpus = fixtureCorpus();
const file = () => path.join(dataDir, SNAPSHOT_FILE);
const warnings = (logs: ReturnType<typeof recordingLogger>) =>
  logs.entries.filter((entry) => entry.level === "warn");

/** Opens a LiveIndex on `corpus` with the data directory, waiting for its snapshot. */
async function openLive(served: Corpus, logs = recordingLogger()) {
  let analyzed = 0;
  const opened = await LiveIndex.open({
    loadCorpus: async () => served,
    dataDir,
    logger: logs,
    onAnalyze: () => analyzed++,
  });
  await opened.live.flushed();
  return { ...opened, analyzed, logs };
}

describe("index snapshot", { timeout: 120_000 }, () => {
  it("reads back an index that answers exactly as the one written", async () => {
    const built = await buildPassageIndexAsync(corpus);
    const { key } = await corpusKey(corpus);
    await writeSnapshot(built.state, key, file());
    const read = await readSnapshot(file(), corpus, key, passageIndexSettings());
    expect(answersOf(read, corpus)).toEqual(answersOf(built, corpus));
  });

  it("is written after the first build and read, analyzing nothing, at the next open", async () => {
    const first = await openLive(corpus);
    expect([first.report.source, first.analyzed]).toEqual(["full", corpus.articles.length]);
    const second = await openLive(corpus);
    expect([second.report.source, second.analyzed]).toEqual(["snapshot", 0]);
    expect(answersOf(second.live.index, corpus)).toEqual(answersOf(first.live.index, corpus));
    expect(warnings(second.logs)).toEqual([]);
  });

  it("is rebuilt, with one warning, when the corpus changed since it was written", async () => {
    await openLive(corpus);
    const changed = withOneArticleChanged(corpus);
    const reopened = await openLive(changed);
    expect(reopened.report.source).toBe("full");
    expect(warnings(reopened.logs).map((entry) => entry.message)).toEqual([
      "the index snapshot cannot be used; building the index again",
    ]);
    const fresh = await buildPassageIndexAsync(changed);
    expect(answersOf(reopened.live.index, changed)).toEqual(answersOf(fresh, changed));
    // The rebuild wrote a snapshot for the corpus as it is now.
    expect((await openLive(changed)).report.source).toBe("snapshot");
  });

  it("is rebuilt when it was written by another analysis or format version", async () => {
    await openLive(corpus);
    const text = await readFile(file(), "utf8");
    await writeFile(file(), text.replace(/"version":\d+/, '"version":0'));
    await expect(
      readSnapshot(file(), corpus, (await corpusKey(corpus)).key, passageIndexSettings()),
    ).rejects.toMatchObject({ reason: "stale" });
    expect((await openLive(corpus)).report.source).toBe("full");
  });

  it.each([
    ["truncated", (text: string) => text.slice(0, Math.floor(text.length * 0.6))],
    ["without its end line", (text: string) => text.split("\n").slice(0, -2).join("\n")],
    [
      "altered",
      (text: string) => text.replace(/"t":"terms","items":\[\["(\w)/, '"t":"terms","items":[["x'),
    ],
    ["not JSON", (text: string) => `${text.slice(0, 200)}\u0000garbage${text.slice(300)}`],
    ["empty", () => ""],
  ])("is rebuilt with one warning, never served, when %s", async (_, damage) => {
    await openLive(corpus);
    const text = await readFile(file(), "utf8");
    const damaged = damage(text);
    expect(damaged).not.toBe(text);
    await writeFile(file(), damaged);
    await expect(
      readSnapshot(file(), corpus, (await corpusKey(corpus)).key, passageIndexSettings()),
    ).rejects.toBeInstanceOf(SnapshotError);
    const reopened = await openLive(corpus);
    expect(reopened.report.source).toBe("full");
    expect(warnings(reopened.logs)).toHaveLength(1);
    const fresh = await buildPassageIndexAsync(corpus);
    expect(answersOf(reopened.live.index, corpus)).toEqual(answersOf(fresh, corpus));
  });

  it("is missing without a warning: the first start just builds", async () => {
    const logs = recordingLogger();
    const { report } = await openLive(corpus, logs);
    expect(report.source).toBe("full");
    expect(warnings(logs)).toEqual([]);
  });
});
