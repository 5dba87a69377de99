import type { Corpus } from "../src/corpus/types.js";
import { runBenchChild } from "./child.js";
import { syntheticCorpusFile } from "./corpus-files.js";
import { type Figure, figure, type NotMeasured } from "./figures.js";
import type { ReindexSample } from "./reindex-worker.js";
import { formatTable, megabytes, show } from "./table.js";

export interface ReindexResult {
  method: string;
  paragraphs: number;
  open: Figure;
  /** Writing the first build's snapshot, its size, and the start from it. */
  snapshotWrite: Figure;
  snapshotSize: Figure;
  startFromSnapshot: Figure;
  /** startFromSnapshot / open (a full build), measured in the same process. */
  startRatio: Figure;
  startSource: string;
  oneArticleReindex: Figure;
  oneArticleSource: string;
  oneArticleAnalyzed: Figure;
  oneArticleMaxStall: Figure;
  /** The most CPU time the main thread used between two 1 ms ticks during it (Linux). */
  oneArticleMaxCpu?: Figure;
  fullReindexSource: string;
  duration: Figure;
  ok: boolean;
  error: string | null;
  eventLoopDelayMax: Figure;
  eventLoopDelayP99: Figure;
  maxTickGap: Figure;
  gapsOver50Ms: Figure;
  /** Longest tick gap minus the load's own query time inside it: what the rebuild and GC held. */
  maxRebuildStall: Figure;
  rebuildStallsOver50Ms: Figure;
  /** The most CPU time the main thread used between two ticks, queries' time out (Linux). */
  maxRebuildCpu?: Figure;
  /** The 1-minute load average at the start and end of the rebuild. */
  loadAverage?: [number, number];
  maxGcPause: Figure;
  queriesIssued: Figure;
  queriesAnswered: Figure;
  queriesUnanswered: Figure;
  servedByOldIndex: Figure;
  servedByNewIndex: Figure;
  queryP50: Figure;
  queryP99: Figure;
  queryWaitP99: Figure;
  queryWaitMax: Figure;
}

/** Reindex of `paragraphs` under a query every `intervalMs`, in a fresh process. */
export async function measureReindex(options: {
  paragraphs: number;
  include: Corpus;
  questionsFile: string;
  intervalMs: number;
  timeoutMs: number;
  log: (line: string) => void;
}): Promise<ReindexResult | NotMeasured> {
  try {
    // Two different corpora of the same size: the one served at start (the scale section's file
    // when it ran at this size) and the one reindexed to.
    const files = [
      await syntheticCorpusFile(options.paragraphs, options.include, options.log),
      await syntheticCorpusFile(options.paragraphs, options.include, options.log, 4242),
    ];
    const sample = await runBenchChild<ReindexSample>(
      "./reindex-worker.ts",
      [
        "--corpus",
        files[0] as string,
        "--corpus",
        files[1] as string,
        "--questions",
        options.questionsFile,
        "--interval-ms",
        String(options.intervalMs),
      ],
      options.timeoutMs,
    );
    options.log(
      `reindex: ${sample.paragraphs} paragraphs in ${Math.round(sample.reindexMs)} ms, max stall ${sample.eventLoopDelayMaxMs.toFixed(1)} ms`,
    );
    return {
      method: `LiveIndex.open over ${sample.paragraphs} synthetic paragraphs with a data directory (full build, then its snapshot written), LiveIndex.open again (from the snapshot), reindex() after one article changed (a 1 ms interval's longest gap recorded), then reindex() to another corpus of the same size while a ${options.intervalMs} ms interval asks the answerable dev questions in turn; monitorEventLoopDelay (1 ms resolution) and a 1 ms interval's tick gaps are recorded from that reindex() call until 200 ms after it resolves`,
      paragraphs: sample.paragraphs,
      open: figure(sample.openMs, "ms"),
      snapshotWrite: figure(sample.snapshotWriteMs, "ms"),
      snapshotSize: figure(sample.snapshotBytes, "bytes"),
      startFromSnapshot: figure(sample.snapshotOpenMs, "ms"),
      startRatio: figure(sample.snapshotOpenMs / sample.openMs, "x full build"),
      startSource: sample.snapshotOpenSource,
      oneArticleReindex: figure(sample.oneArticleReindexMs, "ms"),
      oneArticleSource: sample.oneArticleSource,
      oneArticleAnalyzed: figure(sample.oneArticleAnalyzed, "articles"),
      oneArticleMaxStall: figure(sample.oneArticleMaxStallMs, "ms"),
      oneArticleMaxCpu: figure(sample.oneArticleMaxCpuMs, "ms"),
      fullReindexSource: sample.fullReindexSource,
      duration: figure(sample.reindexMs, "ms"),
      ok: sample.reindexOk,
      error: sample.reindexError,
      eventLoopDelayMax: figure(sample.eventLoopDelayMaxMs, "ms"),
      eventLoopDelayP99: figure(sample.eventLoopDelayP99Ms, "ms"),
      maxTickGap: figure(sample.maxTickGapMs, "ms"),
      gapsOver50Ms: figure(sample.gapsOver50Ms, "gaps"),
      maxRebuildStall: figure(sample.maxRebuildGapMs, "ms"),
      rebuildStallsOver50Ms: figure(sample.rebuildGapsOver50Ms, "gaps"),
      maxRebuildCpu: figure(sample.maxRebuildCpuMs, "ms"),
      loadAverage: sample.loadAverage,
      maxGcPause: figure(sample.maxGcPauseMs, "ms"),
      queriesIssued: figure(sample.queriesIssued, "queries"),
      queriesAnswered: figure(sample.queriesAnswered, "queries"),
      queriesUnanswered: figure(sample.queriesUnanswered, "queries"),
      servedByOldIndex: figure(sample.servedByOldIndex, "queries"),
      servedByNewIndex: figure(sample.servedByNewIndex, "queries"),
      queryP50: figure(sample.queryDuringRebuild.p50, "ms"),
      queryP99: figure(sample.queryDuringRebuild.p99, "ms"),
      queryWaitP99: figure(sample.queryWaitDuringRebuild.p99, "ms"),
      queryWaitMax: figure(sample.queryWaitDuringRebuild.max, "ms"),
    };
  } catch (error) {
    options.log(`reindex: not measured (${(error as Error).message})`);
    return { notMeasured: (error as Error).message };
  }
}

export function formatReindex(result: ReindexResult | NotMeasured): string {
  if ("notMeasured" in result) return `Reindex under load: not measured (${result.notMeasured})`;
  return `Reindex under load: ${result.paragraphs.toLocaleString("en-US")} paragraphs\n${formatTable(
    ["figure", "value"],
    [
      ["start: full build (no snapshot yet)", show((result.open.value ?? 0) / 1000, 2, " s")],
      [
        "snapshot written after it (in slices) / its size",
        `${show((result.snapshotWrite?.value ?? 0) / 1000, 2, " s")} / ${megabytes(result.snapshotSize?.value)}`,
      ],
      [
        `start from the snapshot (${result.startSource})`,
        `${show((result.startFromSnapshot?.value ?? 0) / 1000, 2, " s")} (${show(result.startRatio?.value, 3)}x the full build)`,
      ],
      [
        `reindex after one article changed (${result.oneArticleSource}, ${result.oneArticleAnalyzed?.value} analyzed)`,
        show((result.oneArticleReindex?.value ?? 0) / 1000, 2, " s"),
      ],
      [
        "longest gap between 1 ms ticks during it",
        show(result.oneArticleMaxStall?.value, 1, " ms"),
      ],
      [
        "most main-thread CPU between two ticks during it",
        show(result.oneArticleMaxCpu?.value, 1, " ms"),
      ],
      [
        `full reindex to another corpus (${result.fullReindexSource})`,
        show((result.duration.value ?? 0) / 1000, 2, " s"),
      ],
      [
        "longest event-loop delay (monitorEventLoopDelay max)",
        show(result.eventLoopDelayMax.value, 1, " ms"),
      ],
      ["event-loop delay p99", show(result.eventLoopDelayP99.value, 1, " ms")],
      ["longest gap between 1 ms ticks", show(result.maxTickGap.value, 1, " ms")],
      ["tick gaps over 50 ms", String(result.gapsOver50Ms.value)],
      [
        "longest stall held by the rebuild (gap minus our queries)",
        show(result.maxRebuildStall.value, 1, " ms"),
      ],
      ["rebuild stalls over 50 ms", String(result.rebuildStallsOver50Ms.value)],
      [
        "most main-thread CPU between two ticks (minus our queries)",
        show(result.maxRebuildCpu?.value, 1, " ms"),
      ],
      [
        "load average at the rebuild's start / end",
        result.loadAverage ? result.loadAverage.map((load) => load.toFixed(2)).join(" / ") : "-",
      ],
      ["longest GC pause", show(result.maxGcPause.value, 1, " ms")],
      [
        "queries during rebuild (answered / issued)",
        `${result.queriesAnswered.value} / ${result.queriesIssued.value}`,
      ],
      ["queries unanswered", String(result.queriesUnanswered.value)],
      [
        "served by old / new index",
        `${result.servedByOldIndex.value} / ${result.servedByNewIndex.value}`,
      ],
      [
        "query time p50 / p99 during rebuild",
        `${show(result.queryP50.value)} / ${show(result.queryP99.value)} ms`,
      ],
      [
        "query timer lateness p99 / max",
        `${show(result.queryWaitP99.value, 1)} / ${show(result.queryWaitMax.value, 1)} ms`,
      ],
      ["reindex outcome", result.ok ? "ok" : `failed: ${result.error}`],
    ],
  )}`;
}
